import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer, type TestServer } from '../../test/helpers.js';
import { preferredEncoding } from './compression.js';

/**
 * The web client goes over the wire compressed: the brotli and gzip copies the
 * build writes beside each file (scripts/build.mjs) to browsers that accept
 * them, the page shell compressed per request (it carries a nonce), and the
 * plain file to anything else.
 */
describe('serving the web client', () => {
  const script = `export const words = ${JSON.stringify('a calm and steady place '.repeat(200))};\n`;
  const html =
    '<!doctype html><html><head><title>Haven</title></head><body><div id="root"></div></body></html>';
  let webDir: string;
  let server: TestServer;

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'haven-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), html);
    const file = join(webDir, 'assets', 'main-abc123.js');
    writeFileSync(file, script);
    writeFileSync(`${file}.br`, brotliCompressSync(script));
    writeFileSync(`${file}.gz`, gzipSync(script));
    // Built without compressed copies (too small to be worth them).
    writeFileSync(join(webDir, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    server = await testServer('sqlite', { env: { HAVEN_WEB_DIR: webDir } });
  });
  afterAll(async () => {
    await server.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    server.app.inject({
      method: 'GET',
      url,
      headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
    });

  it('sends the brotli copy to a browser that takes it, as the script it is', async () => {
    const res = await get('/assets/main-abc123.js', 'gzip, deflate, br, zstd');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(res.headers['vary']).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.rawPayload.length).toBeLessThan(script.length / 5);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(script);
  });

  it('sends gzip where brotli is not taken, and the plain file where neither is', async () => {
    const gz = await get('/assets/main-abc123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);

    for (const plain of [
      await get('/assets/main-abc123.js'),
      await get('/assets/main-abc123.js', 'br;q=0'),
    ]) {
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toBe(script);
    }
    const small = await get('/icon.svg', 'br');
    expect(small.statusCode).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('never serves a compressed copy at an address of its own (the address is just another page)', async () => {
    for (const url of ['/assets/main-abc123.js.br', '/assets/main-abc123.js.gz']) {
      const res = await get(url);
      expect(res.headers['content-type'], url).toBe('text/html; charset=utf-8');
      expect(res.body, url).toContain('<div id="root"></div>');
    }
  });

  it('compresses the page shell per request, nonce and all', async () => {
    const res = await get('/journal', 'gzip, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['vary']).toMatch(/accept-encoding/i);
    const page = brotliDecompressSync(res.rawPayload).toString();
    expect(page).toMatch(/<meta property="csp-nonce" nonce="[^"]+" \/>/);
    expect(page).toContain('<div id="root"></div>');

    const plain = await get('/journal');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('<div id="root"></div>');
  });
});

describe('choosing an encoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['*;q=0', undefined],
    ['identity', undefined],
    ['', undefined],
    [undefined, undefined],
    [['gzip', 'br'], 'br'],
  ] as const)('%j gives %s', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });
});

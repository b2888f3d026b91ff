// Builds what `npm start` runs: the server and CLI (tsc) and the web client (Vite).
// Runs on `npm install` through the prepare script, so a fresh clone needs no manual step.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

/** Text the web client is made of; fonts and images in formats that are compressed already are left as they are. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.svg', '.json', '.webmanifest', '.txt', '.wasm']);
/** Below this, a compressed copy saves less than its own headers cost. */
const MIN_BYTES = 1024;

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every compressible file
 * of the built web client, at the highest settings (done once, here, never per
 * request), for the server to send to browsers that accept them
 * (@fastify/static's preCompressed option). A copy that would not be smaller is
 * not written. index.html is left out: the server adds a nonce to it on every
 * request, and compresses it then.
 */
function precompress(dir) {
  const totals = { files: 0, raw: 0, br: 0, gz: 0 };
  for (const entry of readdirSync(dir, { recursive: true })) {
    const file = join(dir, String(entry));
    if (!COMPRESSIBLE.has(extname(file)) || !statSync(file).isFile()) continue;
    const raw = readFileSync(file);
    if (raw.length < MIN_BYTES) continue;
    const br = brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    });
    const gz = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION });
    if (br.length < raw.length) writeFileSync(`${file}.br`, br);
    if (gz.length < raw.length) writeFileSync(`${file}.gz`, gz);
    totals.files += 1;
    totals.raw += raw.length;
    totals.br += Math.min(br.length, raw.length);
    totals.gz += Math.min(gz.length, raw.length);
  }
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(
    `web client: ${totals.files} files precompressed, ${kb(totals.raw)} -> ${kb(totals.br)} brotli, ${kb(totals.gz)} gzip`,
  );
}

rmSync('dist', { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn']);
precompress(join('dist', 'web'));

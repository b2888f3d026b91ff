import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, Person, testServer, type TestServer } from '../helpers.js';

/**
 * A short load test on loopback: ten connections for two seconds, saving
 * check-ins, listing, reading the history and searching, all at once. Every
 * request must succeed. (How fast is `npm run bench`'s business, not this test's.)
 */
describe.each(DIALECTS)('under load on %s', (dialect) => {
  let server: TestServer;
  let person: Person;
  let url: string;

  beforeAll(async () => {
    server = await testServer(dialect);
    person = new Person(server, 'busy');
    await person.signUp();
    const journal = { kind: 'journal', payload: { body: 'Walked to the harbour and back.', tags: [] } };
    expect((await person.post('/api/v1/records', journal)).statusCode).toBe(201);
    url = await server.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(() => server.close());

  it('answers every request of a two-second burst from ten connections, with no errors', async () => {
    const json = { 'content-type': 'application/json', 'x-haven-csrf': '1' };
    const checkin = JSON.stringify({
      kind: 'checkin',
      payload: { pleasantness: 0.4, energy: 0.1, feelings: ['steady'], note: 'Lunch outside.' },
    });
    const since = encodeURIComponent(new Date(Date.now() - 90 * 86_400_000).toISOString());
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      autocannon(
        {
          url,
          connections: 10,
          duration: 2,
          timeout: 10,
          headers: { cookie: person.cookie },
          requests: [
            {
              method: 'POST',
              path: '/api/v1/records',
              headers: { ...json, cookie: person.cookie },
              body: checkin,
            },
            { method: 'GET', path: '/api/v1/records?limit=50' },
            { method: 'GET', path: `/api/v1/records?kind=checkin&from=${since}&limit=200` },
            { method: 'GET', path: '/api/v1/search?q=harbour' },
          ],
        },
        (error: unknown, done: autocannon.Result) => {
          if (error) reject(error instanceof Error ? error : new Error('autocannon failed'));
          else resolve(done);
        },
      );
    });
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(result['2xx']).toBeGreaterThan(40);

    // Every save that was answered is there to read.
    const saved = await person.get('/api/v1/records?kind=checkin&limit=200');
    expect(saved.statusCode).toBe(200);
    expect(saved.json<{ items: unknown[] }>().items.length).toBeGreaterThan(0);
    expect(server.logs.join('')).not.toContain('request failed');
  }, 30_000);
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, expectProblem, signedInServer, type Person, type TestServer } from '../../test/helpers.js';

interface Check {
  level: string;
  categories: string[];
  resources: { code: string; contacts: { href: string }[] };
}

describe.each(DIALECTS)('the safety check API on %s', (dialect) => {
  let server: TestServer;
  let sam: Person;
  beforeEach(async () => {
    ({ server, person: sam } = await signedInServer(dialect));
  });
  afterEach(() => server.close());

  it('raises urgent with a reason and the region’s resources, without echoing the text', async () => {
    const text = 'honestly everyone would be better off without me';
    const res = await sam.post('/api/v1/safety/check', { text, region: 'GB' });
    expect(res.statusCode).toBe(200);
    const body = res.json<Check>();
    expect(body.level).toBe('urgent');
    expect(body.categories.length).toBeGreaterThan(0);
    expect(body.resources.code).toBe('GB');
    expect(body.resources.contacts.map((c) => c.href)).toContain('tel:116123');
    expect(res.body).not.toContain('better off');
  });

  it('says nothing for an idiom and falls back to the general resources for an unknown region', async () => {
    const body = (
      await sam.post('/api/v1/safety/check', { text: 'this commute is killing me', region: 'ZZ' })
    ).json<Check>();
    expect(body.level).toBe('none');
    expect(body.resources.code).toBe('other');
  });

  it('refuses bad input with a problem naming the field', async () => {
    expect(expectProblem(await sam.post('/api/v1/safety/check', {}), 400).errors?.[0]?.path).toBe(
      'body.text',
    );
    expectProblem(await sam.post('/api/v1/safety/check', { text: 42 }), 400);
    expectProblem(await sam.post('/api/v1/safety/check', { text: 'x', region: '<script>' }), 400);
    expectProblem(await sam.post('/api/v1/safety/check', { text: 'x', extra: 1 }), 400);
    expectProblem(await sam.post('/api/v1/safety/check', { text: 'x'.repeat(200_001) }), 400);
  });

  it('checks text when it is saved, if the client asks, and the writing is stored all the same', async () => {
    const payload = { body: 'I keep thinking about ending my life', tags: [] };
    const saved = await sam.post('/api/v1/records?safety=true', { kind: 'journal', payload });
    expect(saved.statusCode).toBe(201);
    expect(saved.json<{ safety: { level: string } }>().safety.level).toBe('urgent');
    const { id } = saved.json<{ id: string }>();
    const updated = await sam.put(`/api/v1/records/${id}?safety=true`, { payload });
    expect(updated.json<{ safety: { level: string } }>().safety.level).toBe('urgent');
    expect((await sam.get('/api/v1/records?kind=journal')).json<{ items: unknown[] }>().items).toHaveLength(
      1,
    );
    expect(server.logs.join('')).not.toContain('ending my life');
  });

  it('does not check an ordinary save: the web app checks on the device as the person writes', async () => {
    const payload = { body: 'I keep thinking about ending my life', tags: [] };
    const saved = await sam.post('/api/v1/records', { kind: 'journal', payload });
    expect(saved.statusCode).toBe(201);
    expect(saved.json<Record<string, unknown>>()).not.toHaveProperty('safety');
    const { id } = saved.json<{ id: string }>();
    expect(
      (await sam.put(`/api/v1/records/${id}`, { payload })).json<Record<string, unknown>>(),
    ).not.toHaveProperty('safety');
    expectProblem(await sam.post('/api/v1/records?safety=maybe', { kind: 'journal', payload }), 400);
  });
});

import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, expectProblem, Person, signedInServer, type TestServer } from '../../test/helpers.js';

interface Rec {
  id: string;
  kind: string;
  occurredAt: string;
  createdAt: string;
  updatedAt: string;
  payload: Record<string, unknown>;
}
interface Exported {
  records: Rec[];
}

const SECRET = 'the lighthouse keeper in me';
const description = {
  looks: `Steady, like ${SECRET}. Unhurried, curious about people.`,
  withMyself: 'Lets me rest when I am tired, without a speech about it.',
  speaks: 'Slowly. “You are allowed to take your time.”',
};
const reflection = {
  actedFrom: 'I said no to the extra shift and did not apologise three times.',
  nowWhat: 'Ask for help with the move, plainly.',
};

describe.each(DIALECTS)('My Secure Self on %s', (dialect) => {
  let server: TestServer;
  let sam: Person;
  beforeEach(async () => {
    ({ server, person: sam } = await signedInServer(dialect));
  });
  afterEach(() => server.close());

  const create = (kind: string, payload: unknown) => sam.post('/api/v1/records', { kind, payload });
  const list = async (kind: string, who = sam) =>
    (await who.get(`/api/v1/records?kind=${kind}`)).json<{ items: Rec[] }>().items;

  it('keeps a description and reflections, and refuses what does not fit with nothing stored', async () => {
    const made = await create('secure_self', description);
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json<Rec>().payload).toEqual(description);
    const reflected = await create('secure_self_alignment', reflection);
    expect(reflected.statusCode, reflected.body).toBe(201);

    const bad: [string, unknown][] = [
      ['secure_self', {}],
      ['secure_self', { looks: '   ', speaks: '\n' }],
      ['secure_self', { looks: 'x'.repeat(2001) }],
      ['secure_self', { looks: 42 }],
      ['secure_self_alignment', {}],
      ['secure_self_alignment', { actedFrom: ' ' }],
      ['secure_self_alignment', { nowWhat: 'x'.repeat(2001) }],
    ];
    for (const [kind, payload] of bad) {
      const problem = expectProblem(await create(kind, payload), 400);
      expect(problem.errors?.length, JSON.stringify(payload).slice(0, 40)).toBeGreaterThan(0);
    }
    // Nothing a person wrote is echoed in the problem.
    const echoed = await create('secure_self_alignment', { actedFrom: ' ', x: SECRET });
    expect(echoed.body).not.toContain(SECRET);
    expect(await list('secure_self')).toHaveLength(1);
    expect(await list('secure_self_alignment')).toHaveLength(1);
  });

  it('keeps one Secure Self per person: a second is refused, even several at once, and the first can be changed', async () => {
    const first = (await create('secure_self', description)).json<Rec>();
    const second = expectProblem(await create('secure_self', { speaks: 'Another voice.' }), 409);
    expect(second.detail ?? '').not.toContain('Another voice');
    const together = await Promise.all(
      Array.from({ length: 5 }, () => create('secure_self', { values: 'Honesty.' })),
    );
    expect(together.map((r) => r.statusCode)).toEqual([409, 409, 409, 409, 409]);
    expect((await list('secure_self')).map((r) => r.id)).toEqual([first.id]);

    const changed = await sam.put(`/api/v1/records/${first.id}`, {
      payload: { ...description, values: 'Honesty, and rest.' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await list('secure_self'))[0]?.payload.values).toBe('Honesty, and rest.');

    // Put in the trash, a new one may be written; the old one cannot come back beside it.
    expect((await sam.delete(`/api/v1/records/${first.id}`)).statusCode).toBe(204);
    const fresh = await create('secure_self', { speaks: 'Kindly.' });
    expect(fresh.statusCode).toBe(201);
    expectProblem(await sam.post(`/api/v1/records/${first.id}/restore`), 409);

    // Someone else keeps their own.
    const ash = new Person(server, 'ash');
    await ash.signUp();
    expect(
      (await ash.post('/api/v1/records', { kind: 'secure_self', payload: description })).statusCode,
    ).toBe(201);
  });

  it('is encrypted at rest, exported (JSON and Markdown), imported unchanged, and deleted with the account', async () => {
    const self = (await create('secure_self', description)).json<Rec>();
    const thought = (await create('secure_self_alignment', reflection)).json<Rec>();

    const rows = await server.store.db.selectFrom('records').select(['payload']).execute();
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const stored = Buffer.from(row.payload).toString('latin1');
      expect(stored).not.toContain('lighthouse');
      expect(stored).not.toContain('extra shift');
    }

    const exported = await sam.post('/api/v1/account/export', { passphrase: sam.passphrase, format: 'json' });
    const document = exported.json<Exported>();
    expect(document.records.map((r) => r.kind).sort()).toEqual(['secure_self', 'secure_self_alignment']);
    expect(document.records.find((r) => r.id === self.id)?.payload).toEqual(description);

    const markdown = await sam.post('/api/v1/account/export', {
      passphrase: sam.passphrase,
      format: 'markdown',
    });
    const files = unzipSync(new Uint8Array(markdown.rawPayload));
    const texts = Object.values(files).map((file) => strFromU8(file));
    expect(texts.some((t) => t.includes('## How it speaks to me') && t.includes(SECRET))).toBe(true);
    expect(texts.some((t) => t.includes('## What would it do about what is in front of you now?'))).toBe(
      true,
    );

    // Into another account, and back unchanged; the same file again is skipped, not doubled.
    const ash = new Person(server, 'ash');
    await ash.signUp();
    expect((await ash.post('/api/v1/account/import', document)).json()).toMatchObject({ imported: 2 });
    expect((await ash.post('/api/v1/account/import', document)).json()).toMatchObject({ skipped: 2 });
    for (const [kind, original] of [
      ['secure_self', self],
      ['secure_self_alignment', thought],
    ] as const) {
      const [back] = await list(kind, ash);
      expect(back).toEqual(original);
    }
    // A file with a second Secure Self beside a live one is refused whole.
    const bea = new Person(server, 'bea');
    await bea.signUp();
    await bea.post('/api/v1/records', { kind: 'secure_self', payload: { speaks: 'Mine.' } });
    expectProblem(await bea.post('/api/v1/account/import', document), 409);
    expect(await list('secure_self_alignment', bea)).toEqual([]);

    const { id: userId } = (await sam.get('/api/v1/session')).json<{ user: { id: string } }>().user;
    const gone = await sam.post('/api/v1/account/delete', { passphrase: sam.passphrase, confirmName: 'sam' });
    expect(gone.statusCode).toBe(204);
    expect(
      await server.store.db.selectFrom('records').select('id').where('user_id', '=', userId).execute(),
    ).toEqual([]);
  });
});

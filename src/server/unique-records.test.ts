import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, expectProblem, Person, signedInServer, type TestServer } from '../../test/helpers.js';

interface Rec {
  id: string;
  payload: { section: string; text: string };
}

/**
 * The profile keeps each thing once per section, and the database says so:
 * whichever way a repeat arrives (a second create, an edit, an undo, two at
 * once, an import), it is refused or skipped, and only a keyed hash of the
 * words is stored to tell.
 */
describe.each(DIALECTS)('records that must not repeat, on %s', (dialect) => {
  let server: TestServer;
  let sam: Person;
  beforeEach(async () => {
    ({ server, person: sam } = await signedInServer(dialect));
  });
  afterEach(() => server.close());

  const add = (text: string, section = 'values') =>
    sam.post('/api/v1/records', { kind: 'profile_item', payload: { section, text } });
  const texts = async () =>
    (await sam.get('/api/v1/records?kind=profile_item'))
      .json<{ items: Rec[] }>()
      .items.map((item) => `${item.payload.section}: ${item.payload.text}`);

  it('refuses the same words again in a section, whatever their case, accents or closing stop', async () => {
    expect((await add('Patience')).statusCode).toBe(201);
    const problem = expectProblem(await add('  patience. '), 409);
    expect(problem.detail).toBe('That is already in your profile, so there is no need to add it again.');
    expectProblem(await add('Pâtience'), 409);
    expect((await add('Patience', 'likes')).statusCode).toBe(201);
    expect((await add('Patience with myself')).statusCode).toBe(201);
    expect((await texts()).sort()).toEqual([
      'likes: Patience',
      'values: Patience',
      'values: Patience with myself',
    ]);
  });

  it('refuses an edit that would repeat another item, and keeps the one edited as it was', async () => {
    await add('Honesty');
    const other = (await add('Play')).json<Rec>();
    expectProblem(
      await sam.put(`/api/v1/records/${other.id}`, { payload: { section: 'values', text: 'honesty' } }),
      409,
    );
    expect((await sam.get(`/api/v1/records/${other.id}`)).json<Rec>().payload.text).toBe('Play');
    // An item may be saved again as itself.
    const same = await sam.put(`/api/v1/records/${other.id}`, {
      payload: { section: 'values', text: 'Play.' },
    });
    expect(same.statusCode).toBe(200);
  });

  it('lets words come back once deleted, and refuses to undo a delete that would make a repeat', async () => {
    const first = (await add('Rest')).json<Rec>();
    expect((await sam.delete(`/api/v1/records/${first.id}`)).statusCode).toBe(204);
    expect((await add('rest')).statusCode).toBe(201);
    expectProblem(await sam.post(`/api/v1/records/${first.id}/restore`), 409);
    expect(await texts()).toEqual(['values: rest']);
  });

  it('keeps one of two identical items sent at the same moment', async () => {
    const answers = await Promise.all([add('Courage'), add('Courage'), add('courage')]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409]);
    expect(await texts()).toHaveLength(1);
  });

  it('stores only a keyed hash of the words, different for another person', async () => {
    await add('Kindness');
    const bo = new Person(server, 'bo');
    await bo.signUp();
    await bo.post('/api/v1/records', {
      kind: 'profile_item',
      payload: { section: 'values', text: 'Kindness' },
    });
    const rows = await server.store.db
      .selectFrom('records')
      .select(['unique_key'])
      .where('kind', '=', 'profile_item')
      .execute();
    const keys = rows.map((row) => row.unique_key ?? '');
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
    for (const key of keys) {
      expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(key.toLowerCase()).not.toContain('kindness');
    }
    // Other kinds have none.
    await sam.post('/api/v1/records', { kind: 'journal', payload: { body: 'Kindness', tags: [] } });
    const journal = await server.store.db
      .selectFrom('records')
      .select('unique_key')
      .where('kind', '=', 'journal')
      .executeTakeFirstOrThrow();
    expect(journal.unique_key).toBeNull();
  });

  it('skips, on import, an item already kept and a repeat within the file, and imports the rest', async () => {
    await add('Curiosity');
    const document = (
      await sam.post('/api/v1/account/export', { passphrase: sam.passphrase, format: 'json' })
    ).json<{ records: { id: string; kind: string; payload: unknown }[] }>();
    const [kept] = document.records;
    if (!kept) throw new Error('The export holds no profile item');
    const copy = (id: string, text: string) => ({
      ...kept,
      id,
      payload: { section: 'values', text },
    });
    document.records.push(
      copy('01890a5d-ac96-774b-bcce-b302099a8057', 'curiosity.'),
      copy('01890a5d-ac96-774b-bcce-b302099a8058', 'Wonder'),
      copy('01890a5d-ac96-774b-bcce-b302099a8059', 'wonder'),
    );
    const imported = await sam.post('/api/v1/account/import', document);
    expect(imported.json()).toMatchObject({ total: 4, imported: 1, skipped: 3 });
    expect((await texts()).sort()).toEqual(['values: Curiosity', 'values: Wonder']);
  });
});

import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  expectProblem,
  safetyPlan as plan,
  Person,
  signedInServer,
  type TestServer,
} from '../../test/helpers.js';

interface Rec {
  id: string;
  kind: string;
  payload: unknown;
}
interface Exported {
  records: Rec[];
  deleted?: (Rec & { deletedAt: string })[];
}

describe.each(DIALECTS)('what is in the trash, in an export, on %s', (dialect) => {
  let server: TestServer;
  let sam: Person;
  beforeEach(async () => {
    ({ server, person: sam } = await signedInServer(dialect));
  });
  afterEach(() => server.close());

  const exportJson = async (person: Person) =>
    JSON.parse(
      (await person.post('/api/v1/account/export', { passphrase: person.passphrase, format: 'json' })).body,
    ) as Exported;

  it('leaves with the export, marked deleted, and comes back into the trash on import', async () => {
    const kept = (
      await sam.post('/api/v1/records', { kind: 'journal', payload: { body: 'Kept.' } })
    ).json<Rec>();
    const binned = (
      await sam.post('/api/v1/records', { kind: 'journal', payload: { body: 'Put away.' } })
    ).json<Rec>();
    // Two old safety plans in the trash beside a live one: only live ones are one per person.
    for (const words of ['oldest', 'older']) {
      const old = (
        await sam.post('/api/v1/records', { kind: 'safety_plan', payload: plan(words) })
      ).json<Rec>();
      expect((await sam.delete(`/api/v1/records/${old.id}`)).statusCode).toBe(204);
    }
    await sam.post('/api/v1/records', { kind: 'safety_plan', payload: plan('now') });
    expect((await sam.delete(`/api/v1/records/${binned.id}`)).statusCode).toBe(204);

    const document = await exportJson(sam);
    expect(document.records.map((r) => r.id)).toContain(kept.id);
    expect(document.records.map((r) => r.id)).not.toContain(binned.id);
    const inTrash = document.deleted?.find((r) => r.id === binned.id);
    expect(inTrash?.payload).toMatchObject({ body: 'Put away.' });
    expect(Number.isNaN(Date.parse(inTrash?.deletedAt ?? ''))).toBe(false);
    expect(document.deleted?.filter((r) => r.kind === 'safety_plan')).toHaveLength(2);

    const markdown = await sam.post('/api/v1/account/export', {
      passphrase: sam.passphrase,
      format: 'markdown',
    });
    const files = unzipSync(new Uint8Array(markdown.rawPayload));
    const deletedFile = Object.keys(files).find(
      (path) => path.includes('/deleted/') && path.includes(binned.id.slice(-8)),
    );
    expect(deletedFile).toBeDefined();
    expect(strFromU8(files[deletedFile ?? ''] ?? new Uint8Array())).toMatch(/^deleted_at: /m);

    const ash = new Person(server, 'ash');
    await ash.signUp();
    expect((await ash.post('/api/v1/account/import', document)).json()).toMatchObject({
      imported: 5,
      skipped: 0,
    });
    const again = await exportJson(ash);
    expect(again.records.map((r) => r.id).sort()).toEqual(document.records.map((r) => r.id).sort());
    expect(again.deleted).toEqual(document.deleted);
    expectProblem(await ash.get(`/api/v1/records/${binned.id}`), 404);
    expect((await ash.post(`/api/v1/records/${binned.id}/restore`)).json<Rec>().payload).toMatchObject({
      body: 'Put away.',
    });
  });
});

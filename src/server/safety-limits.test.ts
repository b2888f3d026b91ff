import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectProblem, signedInServer, type Person, type TestServer } from '../../test/helpers.js';
import { SAFETY_CHECK_MAX_CHARS } from '../core/api/contract.js';

const CHECK = '/api/v1/safety/check';

describe('the safety check over HTTP, within bounds', () => {
  let server: TestServer;
  let sam: Person;
  beforeEach(async () => {
    ({ server, person: sam } = await signedInServer('sqlite'));
  });
  afterEach(() => server.close());

  it('reads as much as the longest journal entry, and refuses more, naming the field', async () => {
    expect(SAFETY_CHECK_MAX_CHARS).toBe(100_000);
    const problem = expectProblem(
      await sam.post(CHECK, { text: 'a'.repeat(SAFETY_CHECK_MAX_CHARS + 1) }),
      400,
    );
    expect(problem.errors?.map((e) => e.path)).toEqual(['body.text']);
  });

  it('limits how often one address may ask', async () => {
    for (let i = 0; i < 30; i += 1)
      expect((await sam.post(CHECK, { text: 'A quiet day.' })).statusCode).toBe(200);
    expectProblem(await sam.post(CHECK, { text: 'A quiet day.' }), 429);
  });
});

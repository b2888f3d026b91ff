import { useEffect, useRef, useState } from 'react';
import type { PayloadInput, RecordKindName } from '../../core/records/registry.js';
import { toProblem, type ProblemError } from '../api/client.js';
import { useDrafts } from '../app/session.js';
import { createAutosaver, statusAtStart, type SaveStatus } from './autosave.js';
import { useRecordChanges } from './records.js';

/**
 * An editor that saves as it is written, for one record of `kind`: the shared
 * save loop (autosave.ts) with a sealed draft on this device first. The record
 * is created on the first save that has something in it.
 */
export function useAutosaved<N extends RecordKindName, F>(options: {
  kind: N;
  userId: string;
  start: { id: string | null; fields: F; restored: boolean };
  toPayload: (fields: F) => PayloadInput<N>;
  isEmpty: (fields: F) => boolean;
  onCreated?: (id: string) => void;
}) {
  const { kind, userId, start } = options;
  const changes = useRecordChanges();
  const drafts = useDrafts();
  const [fields, setFields] = useState<F>(start.fields);
  // The newest fields, so that changes made one after another each build on the last.
  const latest = useRef<F>(start.fields);
  const [id, setId] = useState<string | null>(start.id);
  const [status, setStatus] = useState<SaveStatus>(() =>
    statusAtStart({ id: start.id, dirty: start.restored }),
  );
  const [stuck, setStuck] = useState<ProblemError | null>(null);
  const [saver] = useState(() => {
    const placeOf = (recordId: string | null) => `${kind}.${recordId ?? 'new'}`;
    return createAutosaver<F>(
      { id: start.id, value: start.fields, dirty: start.restored },
      {
        save: async (value, recordId) => {
          const payload = options.toPayload(value);
          const record = recordId
            ? await changes.update(recordId, { payload })
            : await changes.create({ kind, payload });
          return record.id;
        },
        isEmpty: options.isEmpty,
        // Written on every change, before anything else, so no word depends on the network.
        keepDraft: (recordId, value) => drafts.write(userId, placeOf(recordId), value),
        dropDraft: (recordId) => drafts.clear(userId, placeOf(recordId)),
        onStatus: (next, error) => {
          setStatus(next);
          setStuck(next === 'stuck' ? toProblem(error) : null);
        },
        onCreated: (created) => {
          setId(created);
          options.onCreated?.(created);
        },
      },
    );
  });

  // A restored draft goes to the server as soon as the editor opens; a return to the network retries at once.
  useEffect(() => {
    if (start.restored) void saver.flush();
    const online = () => void saver.flush();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      void saver.dispose();
    };
  }, [saver, start.restored]);

  const change = (patch: Partial<F>) => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setFields(next);
    saver.change(next);
  };

  return { fields, change, id, status, stuck, saver };
}

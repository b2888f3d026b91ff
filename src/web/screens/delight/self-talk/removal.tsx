import { useState } from 'react';
import type { RecordKindName } from '../../../../core/records/registry.js';
import { toProblem } from '../../../api/client.js';
import { InlineError } from '../../../components/InlineError.js';
import { useRecordChanges } from '../../../data/records.js';
import { RemovedNotice, type Removal } from '../../attuning/Removed.js';

/**
 * Removing one kept thing from a list, with Undo said in its place (the
 * record goes to the trash, so Undo brings it back whole). Shared by the kinder
 * self-talk and humour lists.
 */
export function useRemoval(kind: RecordKindName) {
  const changes = useRecordChanges();
  const [removal, setRemoval] = useState<Removal | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const remove = async (id: string, label: string) => {
    setRemoving(id);
    setProblem(null);
    try {
      await changes.remove(kind, id);
      setRemoval({ id, label });
    } catch (error) {
      setProblem(toProblem(error).title);
    } finally {
      setRemoving(null);
    }
  };

  const notice = (
    <>
      {removal && (
        <RemovedNotice
          removal={removal}
          onClose={() => setRemoval(null)}
          onRestored={() => setRemoval(null)}
        />
      )}
      {problem && <InlineError>{problem}</InlineError>}
    </>
  );
  return { remove, removing, notice };
}

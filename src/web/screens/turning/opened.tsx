import { Fragment, useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import type { RecordKindName } from '../../../core/records/registry.js';
import { useDrafts, useSignedInUser } from '../../app/session.js';
import { ButtonLink } from '../../components/Button.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryBoundary } from '../../components/QueryBoundary.js';
import { useRecord, type Kept } from '../../data/records.js';
import { newerDraft } from '../../lib/drafts.js';

/**
 * A saved record opened for editing: loaded fresh from the server (not an
 * older copy in the cache), with loading and "not here" states in the page's
 * own frame.
 */
export function FreshRecord<N extends RecordKindName>({
  id,
  kind,
  title,
  eyebrow,
  back,
  children,
}: {
  id: string;
  kind: N;
  title: string;
  eyebrow: string;
  back: { to: string; label: string };
  children: (kept: Kept<N>) => ReactNode;
}) {
  const record = useRecord(id, kind);
  const fresh = record.isFetchedAfterMount && !record.isError ? record.data : undefined;
  return (
    <QueryBoundary
      query={{ ...record, data: fresh }}
      loading="Opening…"
      failed={(problem) => (problem.status === 404 ? 'This is not here any more.' : problem.title)}
      actions={
        <ButtonLink small to={back.to} variant="quiet">
          {back.label}
        </ButtonLink>
      }
      around={(fallback) => (
        <div className="turning stack-xl">
          <PageHeader title={title} eyebrow={eyebrow} />
          {fallback}
        </div>
      )}
    >
      {children}
    </QueryBoundary>
  );
}

/**
 * A page for a new record or a saved one, by the route's `param` ('new', or
 * none, for a new one). One route serves both, so the first save never
 * remounts the editor; a saved one opens fresh (`FreshRecord`).
 */
export function NewOrSaved<N extends RecordKindName>({
  param,
  kind,
  title,
  eyebrow,
  back,
  fresh,
  saved,
}: {
  param: string;
  kind: N;
  title: string;
  eyebrow: string;
  back: { to: string; label: string };
  fresh: (userId: string) => ReactNode;
  saved: (kept: Kept<N>, userId: string) => ReactNode;
}) {
  const id = useParams()[param] ?? 'new';
  const user = useSignedInUser();
  if (id === 'new') return <Fragment key="new">{fresh(user.id)}</Fragment>;
  return (
    <FreshRecord key={id} id={id} kind={kind} title={title} eyebrow={eyebrow} back={back}>
      {(kept) => saved(kept, user.id)}
    </FreshRecord>
  );
}

/** Where an editor of a saved record starts: this device's newer unsaved words, or the server's. */
export function useStartFrom<N extends RecordKindName, F>(
  kept: Kept<N>,
  userId: string,
  fromPayload: (payload: Kept<N>['payload']) => F,
  parse: (value: unknown) => F | undefined,
): { id: string; fields: F; restored: boolean } {
  const drafts = useDrafts();
  const [start] = useState(() => {
    const server = fromPayload(kept.payload);
    const draft = drafts.read(userId, `${kept.record.kind}.${kept.record.id}`, parse);
    const newer = newerDraft(
      { updatedAt: kept.record.updatedAt, value: server },
      draft,
      (a, b) => JSON.stringify(a) === JSON.stringify(b),
    );
    return { id: kept.record.id, fields: newer ?? server, restored: newer !== undefined };
  });
  return start;
}

import type { ReactNode } from 'react';
import type { RecordKindName } from '../../core/records/registry.js';
import { usePagedRecords, type Kept } from '../data/records.js';
import { EmptyState } from './EmptyState.js';
import { QueryBoundary } from './QueryBoundary.js';
import { ShowMore } from './ShowMore.js';

export interface RecordSectionProps<N extends RecordKindName> {
  /** The kind of record listed, newest first. */
  kind: N;
  /** How many come at a time. */
  pageSize: number;
  /** The heading's id, which names the section. */
  id: string;
  heading: ReactNode;
  /** Said while the first page is on its way: "Loading your repairs…". */
  loading: string;
  /** What shows when there is nothing kept yet. */
  empty: { title: string; body: ReactNode };
  /** Whether a "Show more" follows the list when there are further pages. */
  more?: boolean;
  /** The list itself, given every record loaded so far (never empty). */
  children: (items: Kept<N>[]) => ReactNode;
}

/** A section listing a person's own records of one kind: heading, loading, empty state, the list, and more on request. */
export function RecordSection<N extends RecordKindName>({
  kind,
  pageSize,
  id,
  heading,
  loading,
  empty,
  more = false,
  children,
}: RecordSectionProps<N>) {
  const records = usePagedRecords(kind, pageSize);
  return (
    <section className="stack" aria-labelledby={id}>
      <h2 id={id} className="section-title">
        {heading}
      </h2>
      <QueryBoundary query={{ ...records, data: records.items }} loading={loading}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={empty.title}>{empty.body}</EmptyState>
          ) : (
            <>
              {children(items)}
              {more && <ShowMore pages={records} />}
            </>
          )
        }
      </QueryBoundary>
    </section>
  );
}

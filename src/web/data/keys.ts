/**
 * Every cache key of the web client. Records are keyed by kind first, so one
 * change invalidates exactly that kind's lists (and its searches).
 */
export const recordKeys = {
  all: ['records'] as const,
  /** Everything cached for one kind: its lists in every shape. */
  kind: (kind: string) => ['records', kind] as const,
  /** One shape of a kind's list: pages of a size, every record, or the latest only. */
  list: (kind: string, shape: ListShape) => ['records', kind, 'list', shape] as const,
  /** One record by id; the kind is not known before it loads. */
  detail: (id: string) => ['record', id] as const,
};

export const accountKeys = {
  sessions: ['account', 'sessions'] as const,
};

export const searchKeys = {
  kind: (kind: string) => ['search', kind] as const,
  query: (kind: string, q: string) => ['search', kind, q] as const,
};

export type ListShape = { pages: number } | 'all' | 'latest';

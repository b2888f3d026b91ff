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
  /** A screen's own view of a kind (e.g. the safety plan as its editor reads it). */
  view: (kind: string, name: string) => ['records', kind, 'view', name] as const,
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

/** The person's safety plan as the editor and the help panel read it: one cache entry, so both show the same plan. */
export const SAFETY_PLAN_KEY = recordKeys.view('safety_plan', 'stored');

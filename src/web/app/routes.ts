/** Who may see a route. Set on each route's `handle`; read by the shell. */
export type RouteAccess = 'signed-in' | 'signed-out' | 'public';

export interface RouteHandle {
  access: RouteAccess;
}

export function isRouteHandle(value: unknown): value is RouteHandle {
  return (
    typeof value === 'object' &&
    value !== null &&
    'access' in value &&
    (value.access === 'signed-in' || value.access === 'signed-out' || value.access === 'public')
  );
}

/** Where a redirect to sign-in came from, so the person lands back there afterwards. */
export interface ReturnState {
  from?: string;
}

export function returnPath(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('from' in state)) return undefined;
  const from = state.from;
  // Only paths inside the app; never an address elsewhere.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : undefined;
}

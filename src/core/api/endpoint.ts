import type { z } from 'zod';

/** Every route lives under this prefix. */
export const API_BASE = '/api/v1';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * One route of the HTTP API, as both sides see it: the server validates and
 * documents with these schemas, the web client types its calls and parses
 * answers with the same ones.
 */
export interface Endpoint {
  readonly method: Method;
  /** Under API_BASE; `:name` marks a path parameter. */
  readonly path: string;
  /** Anyone may call it; otherwise it needs the session cookie. */
  readonly public?: boolean;
  /** Status on success (200 when absent); 204 sends no body. */
  readonly status?: number;
  readonly body?: z.ZodType;
  readonly query?: z.ZodType;
  readonly params?: z.ZodType;
  /** The JSON answer on success. Absent for 204 and for downloads. */
  readonly response?: z.ZodType;
}

/** Declares an endpoint, keeping its literal method and path and its schemas' own types. */
export function endpoint<const E extends Endpoint>(spec: E): E {
  return spec;
}

type Part = 'body' | 'query' | 'params';
type SchemaAt<E, K extends Part | 'response'> = E extends { readonly [P in K]: infer S extends z.ZodType }
  ? S
  : undefined;

/** What a caller sends as the body, query or path parameters (before defaults and coercion). */
export type InputOf<E extends Endpoint, K extends Part> =
  SchemaAt<E, K> extends z.ZodType ? z.input<SchemaAt<E, K>> : undefined;
/** What the server's handler receives, after validation. */
export type ParsedOf<E extends Endpoint, K extends Part> =
  SchemaAt<E, K> extends z.ZodType ? z.output<SchemaAt<E, K>> : Record<string, never>;
/** What the server sends on success (before the client parses it). */
export type ResponseIn<E extends Endpoint> =
  SchemaAt<E, 'response'> extends z.ZodType ? z.input<SchemaAt<E, 'response'>> : unknown;
/** What the client holds after parsing the answer. */
export type ResponseOf<E extends Endpoint> =
  SchemaAt<E, 'response'> extends z.ZodType ? z.output<SchemaAt<E, 'response'>> : undefined;

/** The path with its `:name` parameters filled in, each encoded as one path segment. */
export function pathOf(endpoint: Endpoint, params: Readonly<Record<string, string>> = {}): string {
  return endpoint.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

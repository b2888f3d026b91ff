import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { API_BASE } from '../core/api/endpoint.js';
import { KNOWN_BROWSER_MS } from '../store/accounts.js';

/**
 * The known-browser cookie: a random id this browser keeps, so a person who
 * has signed in here before is not slowed by strangers guessing at their
 * account. It says nothing about the account; the database keeps only an
 * HMAC of the person's id keyed by it. Sent only to the sign-in routes.
 */
const BROWSER_COOKIE = 'haven_browser';
const BROWSER_PATH = `${API_BASE}/auth`;

export function readBrowser(request: FastifyRequest): Buffer | undefined {
  const raw = request.cookies[BROWSER_COOKIE];
  if (!raw || !/^[A-Za-z0-9_-]{43}$/.test(raw)) return undefined;
  return Buffer.from(raw, 'base64url');
}

export function setBrowserCookie(request: FastifyRequest, reply: FastifyReply, browser: Buffer): void {
  reply.setCookie(BROWSER_COOKIE, browser.toString('base64url'), {
    path: BROWSER_PATH,
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    maxAge: KNOWN_BROWSER_MS / 1000,
  });
}

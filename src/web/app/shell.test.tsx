// @vitest-environment jsdom
import { createRoot, type Root } from 'react-dom/client';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routes } from './router.js';

/**
 * The shell drives what shows from the session alone. These tests run the real
 * router and screens against a scripted server.
 */

type Handler = (init: RequestInit) => Response;
let server: Map<string, Handler[]>;
let requests: string[];
let root: Root | undefined;
let container: HTMLElement;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
const unauthorized = () => json(401, { title: 'Please sign in.', status: 401 });
const health = (hasAccounts: boolean) => () =>
  json(200, { status: 'ok', database: 'sqlite', mode: 'local', hasAccounts });
const signedIn = () =>
  json(200, {
    user: { id: 'u1', name: 'river' },
    session: { id: 's1', idleMinutes: 30, draftKey: 'A'.repeat(43) },
  });

/** Queues answers for "METHOD /path"; the last one repeats. */
function answer(route: string, ...handlers: Handler[]) {
  server.set(route, handlers);
}

beforeEach(() => {
  // React renders on its own schedule here; the tests wait for what a person would see.
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: false });
  server = new Map();
  requests = [];
  vi.stubGlobal('scrollTo', () => {});
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      matches: false,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    })),
  );
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit = {}) => {
      // Answered by path: how the client asks (a query such as the session probe's) is its own business.
      const path = new URL(input, 'http://haven.test').pathname;
      const route = `${init.method ?? 'GET'} ${path.replace('/api/v1', '')}`;
      requests.push(route);
      const handlers = server.get(route);
      const handler = handlers && handlers.length > 1 ? handlers.shift() : handlers?.[0];
      if (!handler) throw new TypeError(`No answer for ${route}`);
      return handler(init);
    }),
  );
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(async () => {
  root?.unmount();
  root = undefined;
  container.remove();
  document.body.innerHTML = '';
  window.localStorage.clear();
  vi.unstubAllGlobals();
});

async function open(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  root = createRoot(container);
  root.render(<RouterProvider router={router} />);
  return router;
}

const h1 = () => container.querySelector('h1')?.textContent;
const visibleH1s = () => [...container.querySelectorAll('h1')].filter((h) => !h.closest('[hidden]'));

async function until(check: () => void) {
  await vi.waitFor(check, { timeout: 2000, interval: 10 });
}

/** Types into a controlled input the way a browser does, so React sees it. */
function type(input: Element | null, value: string) {
  if (!(input instanceof HTMLInputElement)) throw new Error('No input to type into');
  // setRangeText changes the value beneath React's tracking, as typing does.
  input.select();
  input.setRangeText(value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function click(element: Element | null | undefined) {
  if (!(element instanceof HTMLElement)) throw new Error('Nothing to click');
  element.click();
  await Promise.resolve();
}

describe('the shell', () => {
  it('sends a first visitor with no accounts yet to sign-up', async () => {
    answer('GET /health', health(false));
    answer('GET /session', unauthorized);
    const router = await open('/');
    await until(() => expect(h1()).toBe('Create your Haven'));
    expect(router.state.location.pathname).toBe('/sign-up');
    expect(container.textContent).toContain('not therapy, and not a crisis service');
  });

  it('shows sign-in when accounts exist and nobody is signed in, with the help button in place', async () => {
    answer('GET /health', health(true));
    answer('GET /session', unauthorized);
    const router = await open('/settings');
    await until(() => expect(h1()).toBe('Welcome back'));
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(container.querySelector('header .help-button')?.textContent).toBe('Get help now');
  });

  it('shows the six HEARTS areas to someone signed in', async () => {
    answer('GET /health', health(true));
    answer('GET /session', signedIn);
    await open('/');
    await until(() => expect(h1()).toMatch(/, river$/));
    const names = [...container.querySelectorAll('.pillar-card__name')].map((n) => n.textContent);
    expect(names).toHaveLength(6);
    expect(names.join(' ')).toContain('Turning towards');
    const buttons = [...container.querySelectorAll('nav[aria-label="Main"] button')].map(
      (b) => b.textContent,
    );
    expect(buttons).toContain('Lock');
  });

  it('opens the help panel from the header', async () => {
    answer('GET /health', health(true));
    answer('GET /session', signedIn);
    await open('/');
    await until(() => expect(h1()).toMatch(/river/));
    await click(container.querySelector('.help-button'));
    // The panel's content loads on its own, just after the first screen.
    await until(() =>
      expect(document.querySelector('[role="dialog"]')?.textContent).toContain('not a crisis service'),
    );
    expect(document.querySelector('[role="dialog"]')?.textContent).toContain('local emergency number');
  });

  it('keeps the About page open to visitors', async () => {
    answer('GET /health', health(true));
    answer('GET /session', unauthorized);
    await open('/about');
    await until(() => expect(h1()).toBe('About Haven'));
    expect(container.textContent).toContain('Jessica Fern');
  });

  it('when the session ends mid-task, asks for sign-in and brings the same page back, unsaved text and all', async () => {
    const now = new Date().toISOString();
    const sessions = [
      { id: 's1', device: 'Firefox on Linux', createdAt: now, lastSeenAt: now, current: true },
      { id: 's2', device: 'Safari on iPhone', createdAt: now, lastSeenAt: now, current: false },
    ];
    answer('GET /health', health(true));
    answer('GET /session', signedIn);
    answer('GET /account/sessions', () => json(200, { sessions }));
    answer('DELETE /account/sessions/s2', unauthorized);
    answer('POST /auth/signin', () => json(200, { user: { id: 'u1', name: 'river' } }));
    const router = await open('/settings');
    await until(() => expect(container.textContent).toContain('Safari on iPhone'));

    // Something half-written, then the server says the session is over.
    type(container.querySelector('#change-new-passphrase'), 'half written words');
    const endButtons = [...container.querySelectorAll('.session-list__item button')];
    await click(endButtons[1]);

    await until(() => expect(visibleH1s().map((h) => h.textContent)).toEqual(['Your session ended']));
    expect(router.state.location.pathname).toBe('/settings');
    expect(container.querySelector('[hidden] h1')?.textContent).toBe('Settings');
    expect(container.querySelector<HTMLInputElement>('#sign-in-name')?.value).toBe('river');

    type(container.querySelector('#sign-in-passphrase'), 'quiet morning light');
    await click(
      container.querySelector('#sign-in-passphrase')?.closest('form')?.querySelector('[type="submit"]'),
    );
    await until(() => expect(visibleH1s().map((h) => h.textContent)).toEqual(['Settings']));
    expect(container.querySelector<HTMLInputElement>('#change-new-passphrase')?.value).toBe(
      'half written words',
    );
    expect(requests).toContain('POST /auth/signin');
  });

  it('locks: signs out on the server and shows sign-in with the name remembered', async () => {
    window.localStorage.setItem('haven.account-name', 'river');
    answer('GET /health', health(true));
    answer('GET /session', signedIn);
    answer('POST /auth/signout', () => new Response(null, { status: 204 }));
    const router = await open('/');
    await until(() => expect(h1()).toMatch(/river/));
    await click(container.querySelector('.primary-nav__lock'));
    await until(() => expect(h1()).toBe('Haven is locked'));
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(container.querySelector<HTMLInputElement>('#sign-in-name')?.value).toBe('river');
  });

  it('walks a first visitor through sign-up, the recovery code, home and lock', async () => {
    answer('GET /health', health(false));
    answer('GET /session', unauthorized, signedIn);
    answer('POST /auth/signup', () =>
      json(201, { user: { id: 'u1', name: 'river' }, recoveryCode: 'ABCD-EFGH-IJKL-MNOP' }),
    );
    answer('POST /auth/signout', () => new Response(null, { status: 204 }));
    const router = await open('/');
    await until(() => expect(h1()).toBe('Create your Haven'));

    // Too short a passphrase is caught before anything is sent.
    type(container.querySelector('#sign-up-name'), 'river');
    type(container.querySelector('#sign-up-passphrase'), 'too short');
    await click(container.querySelector('form [type="submit"]'));
    await until(() =>
      expect(container.querySelector('.error-summary')?.textContent).toContain('at least 12'),
    );
    expect(requests).not.toContain('POST /auth/signup');

    type(container.querySelector('#sign-up-passphrase'), 'quiet river morning');
    await click(container.querySelector('form [type="submit"]'));
    await until(() => expect(h1()).toBe('Save your recovery code'));
    expect(container.querySelector('.recovery-code')?.textContent).toContain('ABCD');
    expect(container.textContent).toContain('Without your passphrase and without this code, nobody');

    // Continue needs the checkbox.
    await click(container.querySelector('form [type="submit"]'));
    await until(() => expect(container.querySelector('.checkbox .inline-error')).not.toBeNull());
    await click(container.querySelector('.checkbox__input'));
    await click(container.querySelector('form [type="submit"]'));
    await until(() => expect(h1()).toMatch(/, river$/));
    expect(router.state.location.pathname).toBe('/');

    await click(container.querySelector('.primary-nav__lock'));
    await until(() => expect(h1()).toBe('Haven is locked'));
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('says plainly when the server cannot be reached, and tries again on request', async () => {
    answer('GET /health', () => {
      throw new TypeError('offline');
    });
    answer('GET /session', () => {
      throw new TypeError('offline');
    });
    await open('/');
    await until(() => expect(h1()).toBe("Haven can't open just now"));
    answer('GET /health', health(true));
    answer('GET /session', signedIn);
    await click([...container.querySelectorAll('button')].find((b) => b.textContent === 'Try again'));
    await until(() => expect(h1()).toMatch(/river/));
  });
});

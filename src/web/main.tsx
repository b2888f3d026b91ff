import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createRouter } from './app/router.js';
import { applyStoredTheme } from './app/theme.js';
import './styles/fonts.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/screens.css';

adoptCspNonce();
applyStoredTheme();

const container = document.getElementById('root');
if (!container) throw new Error('Haven needs an element with id "root"');
createRoot(container).render(
  <StrictMode>
    <RouterProvider router={createRouter()} />
  </StrictMode>,
);

/**
 * The dialog library adds a small <style> element while a dialog is open (it
 * locks page scroll). If the server serves a CSP nonce in
 * <meta property="csp-nonce" nonce="…">, hand it to that library so the style
 * is allowed without 'unsafe-inline'.
 */
function adoptCspNonce(): void {
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  const nonce = meta?.nonce;
  if (nonce) Object.assign(globalThis, { __webpack_nonce__: nonce });
}

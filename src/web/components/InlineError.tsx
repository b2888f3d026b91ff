import type { ReactNode } from 'react';
import { AlertIcon } from './icons.js';

/** The message next to a field, or under a single control, that says what needs another look. */
export function InlineError({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} className="inline-error">
      <AlertIcon className="inline-error__icon" />
      <span>{children}</span>
    </p>
  );
}

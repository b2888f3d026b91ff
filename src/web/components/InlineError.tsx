import { Button } from './Button.js';
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

/** A load that failed: what went wrong and a way to try again. */
export function LoadFailed({ title, onRetry }: { title: string; onRetry: () => void }) {
  return (
    <div className="stack-s">
      <InlineError>{title}</InlineError>
      <div>
        <Button small onClick={onRetry}>
          Try again
        </Button>
      </div>
    </div>
  );
}

import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode, SubmitEvent } from 'react';
import type { ProblemError } from '../api/client.js';
import { Button } from './Button.js';
import { ErrorSummary } from './ErrorSummary.js';

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** What will happen, said plainly. */
  description: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  tone?: 'danger' | 'primary';
  pending?: boolean;
  problem?: ProblemError | null;
  fields?: Record<string, { id: string; label: string }>;
  onConfirm: () => void;
  /** Fields the person fills in to confirm (their account name, their passphrase). */
  children?: ReactNode;
}

/**
 * A modal question before something that cannot be undone. Focus stays
 * inside, Escape or Cancel closes it, and focus returns to what opened it.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  cancelLabel = 'Cancel',
  tone = 'danger',
  pending = false,
  problem = null,
  fields,
  onConfirm,
  children,
}: ConfirmDialogProps) {
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) onConfirm();
  };
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title className="dialog__title">{title}</Dialog.Title>
          <Dialog.Description asChild>
            <div className="dialog__description">{description}</div>
          </Dialog.Description>
          <form className="stack" onSubmit={submit} noValidate>
            <ErrorSummary problem={problem} {...(fields ? { fields } : {})} />
            {children}
            <div className="button-row button-row--end">
              <Dialog.Close asChild>
                <Button variant="quiet">{cancelLabel}</Button>
              </Dialog.Close>
              <Button type="submit" variant={tone} busy={pending}>
                {confirmLabel}
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

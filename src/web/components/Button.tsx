import type { ComponentPropsWithRef, MouseEvent } from 'react';
import { Link, type LinkProps } from 'react-router';
import { cx } from '../lib/cx.js';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger';

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: ButtonVariant;
  /** Work is under way: the button stays focusable but ignores clicks, and shows a quiet spinner. */
  busy?: boolean;
  small?: boolean;
}

export function Button({
  variant = 'secondary',
  busy = false,
  small = false,
  type = 'button',
  className,
  onClick,
  children,
  ...rest
}: ButtonProps) {
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    // Not `disabled`: a disabled button drops keyboard focus mid-submit.
    if (busy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      type={type}
      className={buttonClass(variant, small, className)}
      aria-disabled={busy || undefined}
      data-busy={busy || undefined}
      onClick={handleClick}
      {...rest}
    >
      {busy && <span className="button__spinner" aria-hidden="true" />}
      {children}
    </button>
  );
}

export interface ButtonLinkProps extends LinkProps {
  variant?: ButtonVariant;
  small?: boolean;
}

/** A link that looks like a button, for moving somewhere rather than doing something. */
export function ButtonLink({ variant = 'secondary', small = false, className, ...rest }: ButtonLinkProps) {
  return <Link className={buttonClass(variant, small, className)} {...rest} />;
}

function buttonClass(variant: ButtonVariant, small: boolean, className: string | undefined): string {
  return cx('button', `button--${variant}`, small && 'button--small', className);
}

import { useState, type ComponentPropsWithRef, type ReactNode } from 'react';
import { cx } from '../lib/cx.js';
import { passphraseStrength } from '../lib/passphrase.js';
import { Field, useFieldIds } from './Field.js';
import { EyeIcon, EyeOffIcon } from './icons.js';

export interface PassphraseFieldProps extends Omit<
  ComponentPropsWithRef<'input'>,
  'children' | 'type' | 'autoComplete' | 'value'
> {
  label: ReactNode;
  /** 'new' offers a strength hint and tells password managers to suggest one. */
  purpose: 'current' | 'new';
  value: string;
  hint?: ReactNode;
  error?: string | undefined;
}

/**
 * A passphrase input with a show/hide toggle. Paste and password managers
 * always work; nothing here blocks beyond the minimum length.
 */
export function PassphraseField({
  label,
  purpose,
  value,
  hint,
  error,
  id,
  className,
  ...input
}: PassphraseFieldProps) {
  const [visible, setVisible] = useState(false);
  const strength = purpose === 'new' ? passphraseStrength(value) : undefined;
  const ids = useFieldIds(id, Boolean(hint), error, strength ? 'strength' : undefined);
  return (
    <Field ids={ids} label={label} hint={hint} error={error} className={className}>
      <div className="passphrase">
        <input
          id={ids.id}
          type={visible ? 'text' : 'password'}
          className="input passphrase__input"
          autoComplete={purpose === 'new' ? 'new-password' : 'current-password'}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
          data-safety-aware="false"
          {...input}
        />
        <button
          type="button"
          className="passphrase__toggle"
          aria-pressed={visible}
          aria-controls={ids.id}
          onClick={() => setVisible((v) => !v)}
        >
          {visible ? <EyeOffIcon /> : <EyeIcon />}
          <span>
            Show<span className="visually-hidden"> passphrase</span>
          </span>
        </button>
      </div>
      {strength && (
        <div id={`${ids.id}-strength`} className={cx('strength', `strength--${strength.level}`)}>
          <span className="strength__bar" aria-hidden="true">
            <span />
            <span />
            <span />
          </span>
          <span className="strength__text">{strength.message}</span>
          {/* Only the level is announced, so typing is not narrated character by character. */}
          <span className="visually-hidden" aria-live="polite">
            {strength.level === 'too-short' ? '' : `Passphrase strength: ${strength.message}`}
          </span>
        </div>
      )}
    </Field>
  );
}

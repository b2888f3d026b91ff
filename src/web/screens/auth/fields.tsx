import type { ReactNode } from 'react';
import { PassphraseField } from '../../components/PassphraseField.js';
import { TextField } from '../../components/TextField.js';
import type { SchemaFieldProps } from '../../components/useSchemaForm.js';

/** The account name as the signed-out forms ask for it: what password managers fill in as the username. */
export function AccountNameField({ hint, ...field }: SchemaFieldProps & { hint?: ReactNode }) {
  return (
    <TextField
      {...field}
      hint={hint}
      name="username"
      autoComplete="username"
      autoCapitalize="none"
      spellCheck={false}
      safetyAware={false}
      required
    />
  );
}

/** The passphrase as the signed-out forms ask for it, named so password managers fill or suggest it. */
export function AccountPassphraseField({
  purpose,
  hint,
  ...field
}: SchemaFieldProps & { purpose: 'current' | 'new'; hint?: ReactNode }) {
  return (
    <PassphraseField
      {...field}
      hint={hint}
      purpose={purpose}
      name={purpose === 'new' ? 'new-password' : 'password'}
      required
    />
  );
}

import { z } from 'zod';

/** Passphrase rules after OWASP ASVS level 2: long enough, no composition rules, room for passphrases. */
export const PASSPHRASE_MIN = 12;
export const PASSPHRASE_MAX = 256;

export const newPassphrase = z
  .string()
  .min(PASSPHRASE_MIN, `Please use at least ${PASSPHRASE_MIN} characters.`)
  .max(PASSPHRASE_MAX, `Please use at most ${PASSPHRASE_MAX} characters.`);

export const accountName = z
  .string()
  .trim()
  .min(1, 'Please choose an account name.')
  .max(64, 'Please keep the account name to 64 characters.')
  .refine((name) => !/\p{Cc}/u.test(name), 'Please use letters, numbers and ordinary symbols.');

export const userSchema = z.object({ id: z.string(), name: z.string() });

export const isoDateTime = z.iso.datetime({ offset: true });

/** The bodies of the three signed-out forms, shared by the server's routes and the web client's forms. */
export const signUpBody = z.object({ name: accountName, passphrase: newPassphrase }).strict();
export const signInBody = z
  .object({
    name: z.string().trim().min(1, 'Please enter your account name.').max(200),
    passphrase: z.string().min(1, 'Please enter your passphrase.').max(1024),
  })
  .strict();
export const recoverBody = z
  .object({
    name: z.string().trim().min(1, 'Please enter your account name.').max(200),
    recoveryCode: z.string().trim().min(1, 'Please enter your recovery code.').max(200),
    newPassphrase,
  })
  .strict();
export type SignUpBody = z.input<typeof signUpBody>;
export type SignInBody = z.input<typeof signInBody>;
export type RecoverBody = z.input<typeof recoverBody>;

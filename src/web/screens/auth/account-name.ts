/** An account name is only for signing in: 1 to 64 characters, anything else goes. */
export const ACCOUNT_NAME_MAX = 64;

export function accountNameError(name: string): string | undefined {
  const length = Array.from(name).length;
  if (length === 0) return 'Please choose an account name.';
  if (length > ACCOUNT_NAME_MAX) return `An account name can be at most ${ACCOUNT_NAME_MAX} characters.`;
  return undefined;
}

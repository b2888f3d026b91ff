/**
 * Splits a recovery code into short groups for reading and copying by hand.
 * A code that already carries separators keeps its own groups.
 */
export function groupRecoveryCode(code: string, size = 4): string[] {
  const trimmed = code.trim();
  if (/[\s-]/.test(trimmed)) return trimmed.split(/[\s-]+/).filter(Boolean);
  const groups: string[] = [];
  for (let i = 0; i < trimmed.length; i += size) groups.push(trimmed.slice(i, i + size));
  return groups;
}

/** The text of the downloadable file: the code and the plain truth around it. */
export function recoveryCodeFile(code: string, accountName: string, createdAt: Date): string {
  return [
    'Haven recovery code',
    '',
    `Account name: ${accountName}`,
    `Made on: ${createdAt.toISOString().slice(0, 10)}`,
    '',
    code,
    '',
    'Keep this somewhere safe and private. With it you can set a new passphrase if you forget yours.',
    'Without your passphrase and without this code, nobody, Haven included, can read what you write in Haven.',
    '',
  ].join('\n');
}

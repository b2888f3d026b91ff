import type { User } from '../../api/client.js';
import type { SessionContextValue } from '../../app/session.js';
import { rememberAccountName } from '../../lib/storage.js';

/**
 * After sign-up or recovery: remember the name for next time, show the new
 * recovery code once, and pick up the session the server just started.
 */
export async function showNewRecoveryCode(
  session: SessionContextValue,
  answer: { user: User; recoveryCode: string },
  occasion: 'signed-up' | 'recovered',
): Promise<void> {
  rememberAccountName(answer.user.name);
  session.showRecoveryCode({ code: answer.recoveryCode, accountName: answer.user.name, occasion });
  await session.refresh();
}

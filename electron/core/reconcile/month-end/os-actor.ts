import { userInfo } from 'node:os';

/** Who is closing: the signed-in OS user, as the desktop app has no accounts of its own. */
export function osActor(): string {
  try {
    return userInfo().username || 'unknown user';
  } catch {
    // userInfo() throws where the user has no entry in the system's user database (some containers).
    return 'unknown user';
  }
}

import { userInfo } from 'node:os';

/** The signed-in OS user: who acts when no operator profile is chosen (the app has no accounts). */
export function osUser(): string {
  try {
    return userInfo().username || 'unknown user';
  } catch {
    // userInfo() throws where the user has no entry in the system's user database (some containers).
    return 'unknown user';
  }
}

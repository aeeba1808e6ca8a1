/**
 * Whether a link may leave the app for the system browser: https only, after parsing with the
 * URL standard, with no embedded credentials. Everything else (javascript:, file:, UNC paths,
 * custom schemes, http) stays blocked.
 */
export function isSafeExternalUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.username === '' && url.password === '' && url.hostname !== '';
}

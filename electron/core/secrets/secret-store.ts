/** The secrets a connector can have. */
export type SecretName = 'apiKey' | 'accessToken' | 'refreshToken' | 'oauthTokens';

/** `connector:<id>:<name>`, the one spelling every store and caller uses. */
export function secretKey(connectorId: string, name: SecretName): string {
  return `connector:${connectorId}:${name}`;
}

/** Keeps credentials out of the database and out of clear text. */
export interface SecretStore {
  /** False for a store that forgets on exit (environment variables): the UI should say so. */
  readonly persistent: boolean;
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Turns text into ciphertext only this user on this computer can turn back (safeStorage in the app). */
export interface Cipher {
  encrypt(text: string): Promise<Buffer>;
  /** `shouldReEncrypt`: the key was rotated; store a fresh encryption of `text`. */
  decrypt(data: Buffer): Promise<{ text: string; shouldReEncrypt: boolean }>;
}

/** The secrets file cannot be read as written; nothing is overwritten until a person acts. */
export class SecretFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretFileError';
  }
}

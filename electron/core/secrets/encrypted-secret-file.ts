import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { SecretFileError } from './secret-store';
import type { Cipher, SecretStore } from './secret-store';

export const SECRETS_FILE_NAME = 'secrets.json';

const SecretsFile = z.object({
  format: z.literal('paydesk-secrets'),
  version: z.literal(1),
  /** Key → base64 ciphertext. Keys (connector ids and secret names) are not secret. */
  entries: z.record(z.string(), z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/)),
});
type SecretsFile = z.infer<typeof SecretsFile>;

/**
 * Secrets encrypted one by one with the operating system's key (through `cipher`) in
 * `<dataDir>/secrets.json`, readable by its owner only. Only ciphertext touches the disk, and
 * a write replaces the whole file atomically, so a crash leaves the old file or the new one.
 * One process owns the file; within it, writes are queued so none is lost.
 */
export class EncryptedSecretFile implements SecretStore {
  readonly persistent = true;
  readonly path: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataDir: string,
    private readonly cipher: Cipher,
  ) {
    this.path = join(dataDir, SECRETS_FILE_NAME);
  }

  async get(key: string): Promise<string | null> {
    const file = await this.read();
    const stored = file.entries[key];
    if (stored === undefined) return null;
    let decrypted: { text: string; shouldReEncrypt: boolean };
    try {
      decrypted = await this.cipher.decrypt(Buffer.from(stored, 'base64'));
    } catch (error) {
      throw new SecretFileError(
        `The saved secret "${key}" could not be decrypted (${error instanceof Error ? error.message : String(error)}). ` +
          'The system keyring may have changed, or the file came from another computer. Reconnect the account in Connections.',
      );
    }
    if (decrypted.shouldReEncrypt) await this.set(key, decrypted.text);
    return decrypted.text;
  }

  set(key: string, value: string): Promise<void> {
    return this.update(async (file) => {
      file.entries[key] = (await this.cipher.encrypt(value)).toString('base64');
      return true;
    });
  }

  delete(key: string): Promise<void> {
    return this.update(async (file) => {
      if (!(key in file.entries)) return false;
      delete file.entries[key];
      return true;
    });
  }

  private update(change: (file: SecretsFile) => Promise<boolean>): Promise<void> {
    const next = this.queue.then(async () => {
      const file = await this.read();
      if (await change(file)) await this.write(file);
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async read(): Promise<SecretsFile> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (isMissing(error)) return { format: 'paydesk-secrets', version: 1, entries: {} };
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw this.damaged('it is not valid JSON');
    }
    const parsed = SecretsFile.safeParse(json);
    if (!parsed.success) throw this.damaged('it is not in the format Paydesk writes');
    return parsed.data;
  }

  private damaged(why: string): SecretFileError {
    return new SecretFileError(
      `The secrets file ${this.path} is damaged (${why}), so Paydesk cannot read the saved credentials. ` +
        'Move the file aside and reconnect your accounts in Connections.',
    );
  }

  private async write(file: SecretsFile): Promise<void> {
    await mkdir(this.dataDir, { recursive: true, mode: 0o700 });
    const temp = `${this.path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    const handle = await open(temp, 'wx', 0o600);
    try {
      // The umask may strip bits from the mode given to open, never add them; set it outright.
      await handle.chmod(0o600);
      await handle.writeFile(`${JSON.stringify(file, null, 2)}\n`, 'utf8');
      await handle.sync();
    } catch (error) {
      await handle.close();
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    await handle.close();
    try {
      await rename(temp, this.path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    // An older file written by hand or another tool may have looser permissions; rename kept ours.
    await chmod(this.path, 0o600);
  }
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

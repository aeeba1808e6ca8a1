import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EncryptedSecretFile } from '../../../../electron/core/secrets/encrypted-secret-file';
import { SecretFileError, secretKey } from '../../../../electron/core/secrets/secret-store';
import type { Cipher } from '../../../../electron/core/secrets/secret-store';

/** Reversible, keyed and nothing like the plaintext: enough to prove only ciphertext is written. */
function fakeCipher(key = 0x5a): Cipher & { encryptions: number; rotate: boolean } {
  const cipher = {
    encryptions: 0,
    rotate: false,
    encrypt: async (text: string) => {
      cipher.encryptions += 1;
      return Buffer.from([key, ...Buffer.from(text, 'utf8').map((byte) => byte ^ key)]);
    },
    decrypt: async (data: Buffer) => {
      if (data[0] !== key) throw new Error('wrong key');
      return { text: Buffer.from(data.subarray(1).map((byte) => byte ^ key)).toString('utf8'), shouldReEncrypt: cipher.rotate };
    },
  };
  return cipher;
}

const SECRET = 'sk_live_51TopSecretValue';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'paydesk-secrets-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('EncryptedSecretFile', () => {
  it('round-trips, and answers null for what was never set', async () => {
    const store = new EncryptedSecretFile(dir, fakeCipher());
    const key = secretKey('gateway', 'apiKey');
    expect(key).toBe('connector:gateway:apiKey');
    expect(await store.get(key)).toBeNull();
    await store.set(key, SECRET);
    expect(await store.get(key)).toBe(SECRET);
    expect(await new EncryptedSecretFile(dir, fakeCipher()).get(key)).toBe(SECRET);
    expect(store.persistent).toBe(true);
  });

  it('never writes the plaintext, only base64 ciphertext', async () => {
    const store = new EncryptedSecretFile(dir, fakeCipher());
    await store.set('connector:gateway:apiKey', SECRET);
    const text = await readFile(join(dir, 'secrets.json'), 'utf8');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(Buffer.from(SECRET).toString('base64'));
    const file = JSON.parse(text) as { entries: Record<string, string> };
    expect(Object.keys(file.entries)).toEqual(['connector:gateway:apiKey']);
    expect(file.entries['connector:gateway:apiKey']).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it.skipIf(process.platform === 'win32')('keeps the file readable by its owner only, whatever the umask', async () => {
    const previous = process.umask(0o000);
    try {
      const store = new EncryptedSecretFile(join(dir, 'nested', 'data'), fakeCipher());
      await store.set('connector:billing:refreshToken', 'rt');
      expect((await stat(join(dir, 'nested', 'data', 'secrets.json'))).mode & 0o777).toBe(0o600);
      expect((await stat(join(dir, 'nested', 'data'))).mode & 0o777).toBe(0o700);
    } finally {
      process.umask(previous);
    }
  });

  it('tightens a file left with looser permissions on the next write', async () => {
    await writeFile(join(dir, 'secrets.json'), JSON.stringify({ format: 'paydesk-secrets', version: 1, entries: {} }), { mode: 0o644 });
    await new EncryptedSecretFile(dir, fakeCipher()).set('connector:gateway:apiKey', SECRET);
    if (process.platform !== 'win32') expect((await stat(join(dir, 'secrets.json'))).mode & 0o777).toBe(0o600);
  });

  it('writes atomically and leaves no temporary files behind, even under concurrent sets', async () => {
    const store = new EncryptedSecretFile(dir, fakeCipher());
    await Promise.all(Array.from({ length: 20 }, (_, index) => store.set(`connector:c${index}:apiKey`, `key-${index}`)));
    for (let index = 0; index < 20; index += 1) expect(await store.get(`connector:c${index}:apiKey`)).toBe(`key-${index}`);
    expect(await readdir(dir)).toEqual(['secrets.json']);
  });

  it('deletes a secret and leaves the others', async () => {
    const store = new EncryptedSecretFile(dir, fakeCipher());
    await store.set('a', '1');
    await store.set('b', '2');
    await store.delete('a');
    await store.delete('never-there');
    expect(await store.get('a')).toBeNull();
    expect(await store.get('b')).toBe('2');
  });

  it('explains a corrupt file and refuses to overwrite it', async () => {
    const path = join(dir, 'secrets.json');
    await writeFile(path, '{"format":"paydesk-secrets","entr');
    const store = new EncryptedSecretFile(dir, fakeCipher());
    await expect(store.get('a')).rejects.toThrow(SecretFileError);
    await expect(store.get('a')).rejects.toThrow(/secrets file .*secrets\.json is damaged \(it is not valid JSON\).*reconnect/);
    await expect(store.set('a', 'x')).rejects.toThrow(/damaged/);
    expect(await readFile(path, 'utf8')).toBe('{"format":"paydesk-secrets","entr');
  });

  it('explains a file in a shape it did not write', async () => {
    await writeFile(join(dir, 'secrets.json'), JSON.stringify({ apiKey: SECRET }));
    await expect(new EncryptedSecretFile(dir, fakeCipher()).get('a')).rejects.toThrow(/not in the format Paydesk writes/);
  });

  it('explains a secret that no longer decrypts, naming the key and never the value', async () => {
    await new EncryptedSecretFile(dir, fakeCipher(0x5a)).set('connector:gateway:apiKey', SECRET);
    const failure = new EncryptedSecretFile(dir, fakeCipher(0x33)).get('connector:gateway:apiKey');
    await expect(failure).rejects.toThrow(/"connector:gateway:apiKey" could not be decrypted \(wrong key\).*Reconnect/);
  });

  it('re-encrypts a secret when the key was rotated', async () => {
    const cipher = fakeCipher();
    const store = new EncryptedSecretFile(dir, cipher);
    await store.set('a', SECRET);
    cipher.rotate = true;
    expect(await store.get('a')).toBe(SECRET);
    expect(cipher.encryptions).toBe(2);
  });
});

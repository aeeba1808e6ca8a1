import type { SecretStore } from '../../electron/core/secrets/secret-store';

/** Stands in for the OS keychain: what matters in these tests is what the backend asks of it. */
export function memorySecrets(): SecretStore & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    persistent: true,
    get: async (key) => values.get(key) ?? null,
    set: async (key, value) => void values.set(key, value),
    delete: async (key) => void values.delete(key),
  };
}

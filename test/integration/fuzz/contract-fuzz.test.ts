// Every call of the contract, fed arbitrary JSON through the dispatcher and over HTTP: never a
// crash, never a 500 or a stack, always a validation error that names the field, and nothing
// already stored changes.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLS } from '../../../shared/contract/calls';
import type { Envelope } from '../../../shared/contract/errors';
import type { JobProgress } from '../../../shared/contract/jobs';
import { CALL_NAMES } from '../../../shared/contract/names';
import { createBackend, type Backend } from '../../../electron/core/backend';
import { Database } from '../../../electron/core/db/database';
import { startConsoleServer, type ConsoleServer } from '../../../electron/server/console-server';
import { memorySecrets } from '../../helpers/memory-secrets';
import { until } from '../../helpers/until';

const quiet = { info: () => undefined, error: () => undefined };
const samples = resolve(import.meta.dirname, '..', '..', '..', 'resources', 'samples');
let dataDir = '';
let backend: Backend;
let server: ConsoleServer;

beforeAll(async () => {
  // Not useTempDirs: that cleans up after each test, and this workspace serves both.
  dataDir = mkdtempSync(join(tmpdir(), 'paydesk-contract-fuzz-'));
  backend = createBackend({ dataDir, version: 't', connectors: [], sandbox: null, secrets: memorySecrets(), logger: quiet, healthIntervalMs: 600_000 });
  const staticDir = join(dataDir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
  server = await startConsoleServer({ backend, staticDir, logger: quiet });
  // Something stored to protect: a report imported and reconciled.
  const job = (await backend.dispatch('import.start', {
    source: { kind: 'path', path: join(samples, 'stripe-balance-report.csv') },
    format: { kind: 'preset', preset: 'stripe-balance-report' },
  })) as Envelope<JobProgress>;
  if (!job.ok) throw new Error(job.error.message);
  const jobs = await until(
    async () => (await backend.dispatch('jobs.list', {})) as Envelope<JobProgress[]>,
    (listed) => listed.ok && listed.value.every((entry) => entry.state !== 'running'),
  );
  if (!jobs.ok || jobs.value.find((entry) => entry.jobId === job.value.jobId)?.state !== 'succeeded') throw new Error('the sample did not import');
});

afterAll(async () => {
  await server.close();
  await backend.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A digest of every row of every table, read through a second connection. */
function databaseDigest(): string {
  const db = Database.open(join(dataDir, 'paydesk.db'), { readonly: true });
  try {
    const hash = createHash('sha256');
    const tables = db.all<{ name: string }>({ text: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", values: [] });
    for (const { name } of tables) {
      hash.update(name);
      const rows = db.all<unknown>({ text: `SELECT * FROM "${name}"`, values: [] }).map((row) => JSON.stringify(row));
      for (const row of rows.sort()) hash.update(row);
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

/** Arbitrary JSON that the call's input schema refuses. */
function refusedInput(name: (typeof CALL_NAMES)[number]): fc.Arbitrary<unknown> {
  const json = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 4 }));
  return json.filter((input) => input !== null && !CALLS[name].input.safeParse(input).success);
}

/** What the message must name: the first field zod complains about, or the input as a whole. */
function fieldNamed(name: (typeof CALL_NAMES)[number], input: unknown): string {
  const issue = CALLS[name].input.safeParse(input).error?.issues[0];
  return issue && issue.path.length > 0 ? issue.path.join('.') : 'input';
}

function expectValidationError(name: (typeof CALL_NAMES)[number], input: unknown, envelope: unknown): void {
  expect(envelope).toMatchObject({ ok: false, error: { code: 'validation' } });
  const message = (envelope as { error: { message: string } }).error.message;
  expect(message.startsWith(`Invalid input for ${name}: `)).toBe(true);
  expect(message).toContain(fieldNamed(name, input));
  expect(message).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
}

describe('every contract call under arbitrary input', () => {
  it('the dispatcher answers a validation error naming the field, and stores nothing', async () => {
    const before = databaseDigest();
    for (const name of CALL_NAMES) {
      await fc.assert(
        fc.asyncProperty(refusedInput(name), async (input) => {
          expectValidationError(name, input, await backend.dispatch(name, input));
        }),
        { numRuns: 25 },
      );
    }
    expect(databaseDigest()).toBe(before);
  });

  it('the HTTP API answers 200 with that envelope, or 400 for a body that is not JSON, never 500', async () => {
    const before = databaseDigest();
    const post = (name: string, body: string): Promise<Response> =>
      fetch(`http://127.0.0.1:${server.port}/api/call/${name}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
        body,
      });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CALL_NAMES).chain((name) => fc.tuple(fc.constant(name), refusedInput(name))),
        async ([name, input]) => {
          const response = await post(name, JSON.stringify(input));
          expect(response.status).toBe(200);
          expectValidationError(name, input, await response.json());
        },
      ),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CALL_NAMES), fc.string({ minLength: 1, maxLength: 40 }), async (name, text) => {
        fc.pre(!isJson(text));
        const response = await post(name, text);
        expect(response.status).toBe(400);
        expect(await response.text()).toBe('Request body is not valid JSON\n');
      }),
      { numRuns: 60 },
    );
    expect(databaseDigest()).toBe(before);
  });
});

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

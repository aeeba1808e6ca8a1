import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

async function layerViolations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules (STYLE.md 1), enforced by lint', () => {
  it.each([
    ['shared/contract/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['shared/contract/bad.ts', "import { Database } from '../../electron/core/db/database';\nexport type X = Database;\n"],
    ['renderer/src/bad.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['renderer/src/bad.ts', "import { sql } from '../../electron/core/db/sql';\nexport const x = sql;\n"],
    ['electron/core/bad.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['electron/core/bad.ts', "import { startConsoleServer } from '../server/console-server';\nexport const x = startConsoleServer;\n"],
    ['electron/preload/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['electron/preload/bad.ts', "import { openDatabase } from '../core/db/open-database';\nexport const x = openDatabase;\n"],
    ['electron/sandbox/bad.ts', "import { sql } from '../core/db/sql';\nexport const x = sql;\n"],
  ])('%s may not %s', async (filePath, code) => {
    expect(await layerViolations(filePath, code)).toHaveLength(1);
  });

  it.each([
    ['shared/contract/ok.ts', "import { z } from 'zod';\nexport const x = z.string();\n"],
    ['renderer/src/ok.ts', "import { CALLS } from '../../shared/contract/calls';\nexport const x = CALLS;\n"],
    ['electron/core/ok.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['electron/main/ok.ts', "import { app } from 'electron';\nimport { sql } from '../core/db/sql';\nexport const x = [app, sql];\n"],
  ])('%s may import what its layer allows', async (filePath, code) => {
    expect(await layerViolations(filePath, code)).toEqual([]);
  });
});

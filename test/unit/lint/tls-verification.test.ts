import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

async function tlsViolations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('certificate verification is never disabled (lint)', () => {
  it.each([
    ['electron/core/bad.ts', "import { request } from 'node:https';\nexport const r = request({ host: 'x', rejectUnauthorized: false });\n"],
    ['electron/core/bad.ts', "import { Agent } from 'node:https';\nconst verify = false;\nexport const a = new Agent({ rejectUnauthorized: verify });\n"],
    ['electron/server/bad.ts', "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\nexport {};\n"],
    ['electron/cli/bad.ts', "process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0';\nexport {};\n"],
    ['electron/core/bad.ts', "import { connect } from 'node:tls';\nexport const s = connect({ host: 'x', checkServerIdentity: () => undefined });\n"],
    ['electron/main/bad.ts', "import { app } from 'electron';\napp.commandLine.appendSwitch('ignore-certificate-errors');\n"],
    ['electron/main/bad.ts', "import { app } from 'electron';\napp.on('certificate-error', (event) => event.preventDefault());\n"],
    ['electron/main/bad.ts', "import { session } from 'electron';\nsession.defaultSession.setCertificateVerifyProc((_request, callback) => callback(0));\n"],
    ['shared/bad.ts', "export const options = { rejectUnauthorized: false };\n"],
  ])('%s fails lint for %j', async (filePath, code) => {
    const messages = await tlsViolations(filePath, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^Certificate verification is never disabled/);
  });

  it('accepts asking for verification explicitly', async () => {
    const code = "import { connect } from 'node:tls';\nexport const s = connect({ host: 'x', rejectUnauthorized: true });\n";
    expect(await tlsViolations('electron/core/ok.ts', code)).toEqual([]);
  });
});

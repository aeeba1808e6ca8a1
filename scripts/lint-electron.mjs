// `npm run lint:electron`: Electronegativity over the sources (and the bundles in out/, once
// built). Fails on any finding not in the reviewed allowlist, and on an allowlist entry that no
// longer matches anything. Offline: the check that downloads Electron's release list is skipped
// (the version is kept current through the electron devDependency instead).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const allowlist = JSON.parse(readFileSync(join(root, 'scripts', 'electronegativity-allowlist.json'), 'utf8')).accepted;
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

const workDir = mkdtempSync(join(tmpdir(), 'paydesk-electronegativity-'));
const report = join(workDir, 'report.sarif');
try {
  const scanner = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
  const args = [scanner, '-i', root, '-r', '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-o', report];
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  let sarif;
  try {
    sarif = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    process.stderr.write(`${run.stdout}${run.stderr}\nElectronegativity did not produce a report (exit ${run.status}).\n`);
    process.exit(2);
  }
  const findings = sarif.runs[0].results.map((result) => {
    const location = result.locations?.[0]?.physicalLocation;
    const uri = location?.artifactLocation?.uri ?? '';
    return {
      check: result.ruleId,
      file: uri.startsWith('file://') ? null : uri,
      line: location?.region?.startLine ?? 0,
      message: result.message?.text ?? '',
    };
  });
  const matches = (entry, finding) => entry.check === finding.check && entry.files.includes(finding.file);
  const unexpected = findings.filter((finding) => !allowlist.some((entry) => matches(entry, finding)));
  const stale = allowlist.filter((entry) => !findings.some((finding) => matches(entry, finding)));
  for (const finding of unexpected) {
    process.stderr.write(`${finding.file ?? '(app)'}:${finding.line} ${finding.check}: ${finding.message}\n`);
  }
  for (const entry of stale) {
    process.stderr.write(`allowlist entry ${entry.check} matches no finding: remove it\n`);
  }
  if (unexpected.length > 0 || stale.length > 0) process.exit(1);
  process.stdout.write(`Electronegativity: ${findings.length} findings, all in the reviewed allowlist.\n`);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

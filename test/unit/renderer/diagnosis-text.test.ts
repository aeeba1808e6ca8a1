import { describe, expect, it } from 'vitest';
import type { Diagnosis } from '../../../shared/contract/diagnosis';
import { diagnosisSummary, durationText, stageRows } from '../../../renderer/src/pages/connections/diagnosis-text';

const tlsFailure: Diagnosis = {
  connectorId: 'gateway',
  stages: [
    { stage: 'dns', status: 'passed', detail: '127.0.0.1 (IPv4)', durationMs: 2 },
    { stage: 'tcp', status: 'passed', detail: 'port 443 open', durationMs: 14 },
    { stage: 'tls', status: 'failed', detail: 'certificate expired on 2025-01-01', durationMs: 1530 },
    { stage: 'http', status: 'skipped', detail: 'not reached', durationMs: null },
    { stage: 'auth', status: 'skipped', detail: 'not reached', durationMs: null },
    { stage: 'api', status: 'skipped', detail: 'not reached', durationMs: null },
  ],
  failedStage: 'tls',
  failureClass: 'connection',
  advice: 'Ask the partner to renew the certificate.',
};

describe('connection test stages', () => {
  it('keeps the order, marks each result with a symbol and a word, and highlights the failed stage', () => {
    const rows = stageRows(tlsFailure);
    expect(rows.map((row) => [row.label, row.symbol, row.word, row.time, row.failed])).toEqual([
      ['Name lookup (DNS)', '✓', 'Passed', '2 ms', false],
      ['Connection (TCP)', '✓', 'Passed', '14 ms', false],
      ['Secure channel (TLS)', '✗', 'Failed', '1.5 s', true],
      ['Web server (HTTP)', '–', 'Skipped', '—', false],
      ['Credentials', '–', 'Skipped', '—', false],
      ['API request', '–', 'Skipped', '—', false],
    ]);
    expect(rows[2]?.detail).toBe('certificate expired on 2025-01-01');
  });

  it('highlights the named failed stage even if its status says otherwise', () => {
    const odd: Diagnosis = { ...tlsFailure, failedStage: 'auth' };
    expect(stageRows(odd).filter((row) => row.failed).map((row) => row.stage)).toEqual(['tls', 'auth']);
  });

  it('sums the verdict up with the class', () => {
    expect(diagnosisSummary(tlsFailure)).toBe('Stopped at Secure channel (TLS): connection issue.');
    expect(diagnosisSummary({ ...tlsFailure, failedStage: 'api', failureClass: null })).toBe('Stopped at API request.');
    expect(diagnosisSummary({ ...tlsFailure, failedStage: null, failureClass: null })).toBe('Every check passed.');
  });

  it('formats durations', () => {
    expect(durationText(null)).toBe('—');
    expect(durationText(0)).toBe('0 ms');
    expect(durationText(999)).toBe('999 ms');
    expect(durationText(12_345)).toBe('12.3 s');
  });
});

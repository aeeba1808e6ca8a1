import type { Diagnosis, DiagnosisStage, DiagnosisStageName } from '../../../../shared/contract/diagnosis';
import { assertNever } from '../../lib/assert-never';
import { issueText } from './connector-text';

export function stageLabel(stage: DiagnosisStageName): string {
  switch (stage) {
    case 'dns':
      return 'Name lookup (DNS)';
    case 'tcp':
      return 'Connection (TCP)';
    case 'tls':
      return 'Secure channel (TLS)';
    case 'http':
      return 'Web server (HTTP)';
    case 'auth':
      return 'Credentials';
    case 'api':
      return 'API request';
    default:
      return assertNever(stage);
  }
}

export interface StageStatusText {
  /** Shown, hidden from screen readers: the word beside it says the same. */
  symbol: '✓' | '✗' | '–';
  word: 'Passed' | 'Failed' | 'Skipped';
}

export function stageStatusText(status: DiagnosisStage['status']): StageStatusText {
  switch (status) {
    case 'passed':
      return { symbol: '✓', word: 'Passed' };
    case 'failed':
      return { symbol: '✗', word: 'Failed' };
    case 'skipped':
      return { symbol: '–', word: 'Skipped' };
    default:
      return assertNever(status);
  }
}

/** "38 ms", "1.2 s"; a stage that did not run has no time. */
export function durationText(durationMs: number | null): string {
  if (durationMs === null) return '—';
  if (durationMs < 1000) return `${durationMs} ms`;
  return `${(durationMs / 1000).toFixed(1)} s`;
}

export interface StageRow extends StageStatusText {
  stage: DiagnosisStageName;
  label: string;
  status: DiagnosisStage['status'];
  detail: string;
  time: string;
  /** The stage where the test stopped, highlighted. */
  failed: boolean;
}

export function stageRows(diagnosis: Diagnosis): StageRow[] {
  return diagnosis.stages.map((stage) => ({
    stage: stage.stage,
    label: stageLabel(stage.stage),
    status: stage.status,
    ...stageStatusText(stage.status),
    detail: stage.detail,
    time: durationText(stage.durationMs),
    failed: stage.stage === diagnosis.failedStage || stage.status === 'failed',
  }));
}

/** The verdict line above the stages. */
export function diagnosisSummary(diagnosis: Diagnosis): string {
  if (diagnosis.failedStage === null) return 'Every check passed.';
  const where = stageLabel(diagnosis.failedStage);
  if (diagnosis.failureClass === null) return `Stopped at ${where}.`;
  return `Stopped at ${where}: ${issueText(diagnosis.failureClass).toLowerCase()}.`;
}

import { z } from 'zod';
import { FailureClass } from '../domain/failure-class';

export const DiagnosisStageName = z.enum(['dns', 'tcp', 'tls', 'http', 'auth', 'api']);
export type DiagnosisStageName = z.infer<typeof DiagnosisStageName>;

export const DiagnosisStage = z.object({
  stage: DiagnosisStageName,
  status: z.enum(['passed', 'failed', 'skipped']),
  /** What was checked or found, e.g. "127.0.0.1 (IPv4)", "TLS 1.3, certificate valid until …". */
  detail: z.string(),
  durationMs: z.number().int().nonnegative().nullable(),
});
export type DiagnosisStage = z.infer<typeof DiagnosisStage>;

/** The connection doctor's answer: each stage in order, which failed, and what to do next. */
export const Diagnosis = z.object({
  connectorId: z.string(),
  stages: z.array(DiagnosisStage),
  failedStage: DiagnosisStageName.nullable(),
  failureClass: FailureClass.nullable(),
  advice: z.string(),
});
export type Diagnosis = z.infer<typeof Diagnosis>;

export const FailureCountsDay = z.object({
  day: z.iso.date(),
  connection: z.number().int().nonnegative(),
  system: z.number().int().nonnegative(),
  integration: z.number().int().nonnegative(),
});
export type FailureCountsDay = z.infer<typeof FailureCountsDay>;

import { z } from 'zod';
import { UtcInstant } from '../domain/time';

// The audit trail as the UI and the CLI see it, and the operator profile whose name its entries
// carry. Entries are shown exactly as stored (before/after as their JSON text), so what a person
// reads is what the hash covers.

/** A person's name as they choose to appear in the trail: one line of ordinary characters. */
export const OperatorName = z
  .string()
  .trim()
  .min(1, 'a name')
  .max(80, 'at most 80 characters')
  .regex(/^[^\p{Cc}\p{Cf}]+$/u, 'letters, digits, spaces and punctuation only');
export type OperatorName = z.infer<typeof OperatorName>;

export const OperatorProfile = z.object({
  /** The profile chosen in Paydesk; null when none is, and entries carry the OS user. */
  name: z.string().nullable(),
  /** Who is signed in to the computer. */
  osUser: z.string(),
  /** What the next audit entry will name as its actor. */
  actingAs: z.string(),
});
export type OperatorProfile = z.infer<typeof OperatorProfile>;

const SearchText = z.string().trim().max(200);
const Day = z.iso.date();

export const AuditFilter = z
  .object({
    /** "recon" finds recon.resolve, recon.match, …; "recon.resolve" finds only that. */
    action: z.string().trim().regex(/^[a-z_.]{1,60}$/, 'an action or its start, like recon or sync.finish').optional(),
    /** Part of the actor's name, any case. */
    actor: SearchText.optional(),
    entityType: z.string().trim().regex(/^[a-z_]{1,40}$/, 'an entity type, like reconciliation_item').optional(),
    /** Part of the entity's id: an invoice number, a payment id, a period, a mapping's name. */
    entityId: SearchText.optional(),
    /** Anywhere in the entry: action, actor, entity, reason, before and after. */
    text: SearchText.optional(),
    /** First and last UTC day, both included. */
    from: Day.optional(),
    to: Day.optional(),
  })
  .strict();
export type AuditFilter = z.infer<typeof AuditFilter>;

export const AuditEntry = z.object({
  /** Dense from 1: a gap means an entry was removed. */
  seq: z.number().int().positive(),
  at: UtcInstant,
  actor: z.string(),
  /** A stable dotted verb: recon.resolve, sync.finish, mapping.save, … */
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  /** The state before and after, as the JSON text the hash covers. */
  beforeJson: z.string().nullable(),
  afterJson: z.string().nullable(),
  reason: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = z.object({ total: z.number().int().nonnegative(), rows: z.array(AuditEntry) });
export type AuditPage = z.infer<typeof AuditPage>;

export const AuditVerdict = z.discriminatedUnion('intact', [
  z.object({ intact: z.literal(true), entries: z.number().int().nonnegative() }),
  z.object({
    intact: z.literal(false),
    entries: z.number().int().nonnegative(),
    /** The sequence number of the first entry that does not hold. */
    firstBroken: z.number().int(),
    problem: z.string(),
  }),
]);
export type AuditVerdict = z.infer<typeof AuditVerdict>;

export const AUDIT_EXPORT_FORMATS = ['jsonl', 'csv'] as const;
export const AuditExportFormat = z.enum(AUDIT_EXPORT_FORMATS);
export type AuditExportFormat = z.infer<typeof AuditExportFormat>;

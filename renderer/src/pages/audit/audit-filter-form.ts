import { AuditFilter } from '../../../../shared/contract/audit';

/** The audit filter as the form holds it: text as typed, empty meaning "any". */
export interface AuditFilterForm {
  action: string;
  actor: string;
  entityType: string;
  entityId: string;
  text: string;
  /** YYYY-MM-DD, as a date input gives it. */
  from: string;
  to: string;
}

export type AuditFilterField = keyof AuditFilterForm;
export type AuditFilterProblems = Partial<Record<AuditFilterField, string>>;

export const EMPTY_AUDIT_FORM: AuditFilterForm = { action: '', actor: '', entityType: '', entityId: '', text: '', from: '', to: '' };

/** The families of actions Paydesk writes, offered as suggestions for the action filter. */
export const ACTION_FAMILIES = ['recon', 'period', 'sync', 'import', 'mapping', 'connector', 'operator', 'sandbox', 'outbox'] as const;

/** The kinds of things entries are about, offered in the entity filter. */
export const ENTITY_TYPES = [
  { id: 'reconciliation_item', label: 'Reconciliation item' },
  { id: 'decision', label: 'Decision (undo)' },
  { id: 'period', label: 'Period' },
  { id: 'sync_run', label: 'Sync run' },
  { id: 'import_file', label: 'Imported file' },
  { id: 'import_mapping', label: 'Field mapping' },
  { id: 'connector', label: 'Connector' },
  { id: 'operator_profile', label: 'Operator profile' },
  { id: 'sandbox_server', label: 'Sandbox server' },
] as const;

const MESSAGES: Record<AuditFilterField, string> = {
  action: 'Type the start of an action: recon, or sync.finish',
  actor: 'At most 200 characters',
  entityType: 'Choose a kind from the list',
  entityId: 'At most 200 characters',
  text: 'At most 200 characters',
  from: 'A date, like 2026-11-01',
  to: 'A date, like 2026-11-30',
};

export type AuditFormOutcome = { ok: true; filter: AuditFilter } | { ok: false; problems: AuditFilterProblems };

/**
 * The contract's filter for what the form holds, or what is wrong per field. Empty fields are
 * left out; an action is matched in lower case, as Paydesk writes them.
 */
export function auditFormToFilter(form: AuditFilterForm): AuditFormOutcome {
  const candidate: Record<string, string> = {};
  for (const [field, value] of Object.entries(form)) {
    const trimmed = value.trim();
    if (trimmed !== '') candidate[field] = field === 'action' ? trimmed.toLowerCase() : trimmed;
  }
  const parsed = AuditFilter.safeParse(candidate);
  const problems: AuditFilterProblems = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (isField(field)) problems[field] ??= MESSAGES[field];
    }
  } else if (parsed.data.from && parsed.data.to && parsed.data.from > parsed.data.to) {
    problems.to = 'The last day comes before the first';
  }
  if (!parsed.success || Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, filter: parsed.data };
}

export function auditFilterToForm(filter: AuditFilter): AuditFilterForm {
  return { ...EMPTY_AUDIT_FORM, ...filter };
}

function isField(name: unknown): name is AuditFilterField {
  return typeof name === 'string' && Object.hasOwn(MESSAGES, name);
}

/** Whether any filter is set: an empty list then says "nothing matches" rather than "nothing yet". */
export function isFiltered(filter: AuditFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined && value !== '');
}

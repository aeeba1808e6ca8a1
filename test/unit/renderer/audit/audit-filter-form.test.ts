import { describe, expect, it } from 'vitest';
import {
  auditFilterToForm,
  auditFormToFilter,
  EMPTY_AUDIT_FORM,
  isFiltered,
} from '../../../../renderer/src/pages/audit/audit-filter-form';

describe('the audit filter form', () => {
  it('sends only what is filled in, trimmed, with the action in lower case', () => {
    expect(auditFormToFilter(EMPTY_AUDIT_FORM)).toEqual({ ok: true, filter: {} });
    expect(
      auditFormToFilter({ ...EMPTY_AUDIT_FORM, action: ' Recon.Resolve ', actor: ' ana ', entityType: 'period', entityId: '2026-10', text: 'wire', from: '2026-11-01', to: '2026-11-30' }),
    ).toEqual({
      ok: true,
      filter: { action: 'recon.resolve', actor: 'ana', entityType: 'period', entityId: '2026-10', text: 'wire', from: '2026-11-01', to: '2026-11-30' },
    });
  });

  it('says per field what is wrong, and keeps the rest to itself', () => {
    expect(auditFormToFilter({ ...EMPTY_AUDIT_FORM, action: 'recon resolve', from: '1 Nov', text: 'fine' })).toEqual({
      ok: false,
      problems: { action: 'Type the start of an action: recon, or sync.finish', from: 'A date, like 2026-11-01' },
    });
    expect(auditFormToFilter({ ...EMPTY_AUDIT_FORM, from: '2026-11-30', to: '2026-11-01' })).toEqual({
      ok: false,
      problems: { to: 'The last day comes before the first' },
    });
    expect(auditFormToFilter({ ...EMPTY_AUDIT_FORM, from: '2026-11-30', to: '2026-11-30' })).toMatchObject({ ok: true });
  });

  it('shows an applied filter back in the form, and knows when one is set', () => {
    expect(auditFilterToForm({ actor: 'bob' })).toEqual({ ...EMPTY_AUDIT_FORM, actor: 'bob' });
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ text: 'x' })).toBe(true);
  });
});

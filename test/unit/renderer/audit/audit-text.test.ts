import { describe, expect, it } from 'vitest';
import { auditTime, entityText, prettyJson, rangeText, verdictText } from '../../../../renderer/src/pages/audit/audit-text';

describe('audit entries in words', () => {
  it('gives times in UTC, as the date filters count days', () => {
    expect(auditTime('2026-11-22T23:59:59.999Z')).toBe('2026-11-22 23:59:59 UTC');
  });

  it('names what an entry is about', () => {
    expect(entityText({ entityType: 'reconciliation_item', entityId: 'invoice:INV-1042' })).toBe('Reconciliation item invoice:INV-1042');
    expect(entityText({ entityType: 'operator_profile', entityId: null })).toBe('Operator profile');
    expect(entityText({ entityType: 'outbox_row', entityId: '7' })).toBe('outbox_row 7');
    expect(entityText({ entityType: null, entityId: null })).toBe('');
  });

  it('lays out stored JSON to read, and says when nothing was recorded', () => {
    expect(prettyJson('{"state":"open","ids":[1,2]}')).toBe('{\n  "state": "open",\n  "ids": [\n    1,\n    2\n  ]\n}');
    expect(prettyJson(null)).toBe('nothing recorded');
    expect(prettyJson('not json')).toBe('not json');
  });

  it('says whether the chain holds, and where it breaks', () => {
    expect(verdictText({ intact: true, entries: 1234 })).toMatch(/^Intact: 1.234 entries, each chained to the one before\.$/);
    expect(verdictText({ intact: true, entries: 0 })).toBe('Intact: the trail is empty so far.');
    expect(verdictText({ intact: false, entries: 3, firstBroken: 3, problem: 'entry 3 was changed after it was written' })).toMatch(
      /^Broken at entry 3: entry 3 was changed after it was written\. Entries from there on cannot be trusted/,
    );
  });

  it('says which entries a page shows', () => {
    expect(rangeText(50, 50, 1234)).toMatch(/^Entries 51–100 of 1.234, newest first\.$/);
    expect(rangeText(0, 0, 0)).toBe('No entries.');
  });
});

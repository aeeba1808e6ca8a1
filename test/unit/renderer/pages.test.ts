import { describe, expect, it } from 'vitest';
import { hrefOf, PAGES, pageFromHash, titleOf } from '../../../renderer/src/routing/pages';

describe('hash routes', () => {
  it('opens the page the hash names', () => {
    expect(pageFromHash('#/connections')).toBe('connections');
    expect(pageFromHash('#/settings')).toBe('settings');
    expect(pageFromHash('#connections')).toBe('connections');
    expect(pageFromHash('#/audit/whatever')).toBe('audit');
  });

  it('opens the overview for an empty or unknown hash', () => {
    expect(pageFromHash('')).toBe('overview');
    expect(pageFromHash('#/')).toBe('overview');
    expect(pageFromHash('#/nope')).toBe('overview');
  });

  it('round-trips every page through its href', () => {
    for (const page of PAGES) expect(pageFromHash(hrefOf(page.id))).toBe(page.id);
    expect(titleOf('retransmissions')).toBe('Retransmissions');
  });
});

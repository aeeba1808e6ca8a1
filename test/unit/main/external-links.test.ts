import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../electron/main/app-origin';
import { isSafeExternalUrl } from '../../../electron/main/external-links';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://dashboard.stripe.com/test/payments/pi_123',
    'https://go.xero.com/AccountsReceivable/View.aspx?InvoiceID=1',
  ])('lets %s open in the system browser', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['file:///etc/passwd'],
    ['file://server/share/payload.exe'],
    ['\\\\server\\share\\payload.exe'],
    ['//attacker.example/path'],
    ['http://example.com'],
    ['https://user:pass@dashboard.stripe.com.attacker.example/'],
    ['https://dashboard.stripe.com@attacker.example/'],
    ['ms-msdt:/id PCWDiagnostic'],
    ['data:text/html,<script>alert(1)</script>'],
    ['smb://server/share'],
    ['not a url'],
    [''],
  ])('blocks %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('isAppUrl', () => {
  it('accepts only our own bundle origin', () => {
    expect(isAppUrl('app://paydesk/index.html')).toBe(true);
    expect(isAppUrl('app://paydesk.attacker/index.html')).toBe(false);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://paydesk/index.html')).toBe(false);
    expect(isAppUrl('file:///app/index.html')).toBe(false);
  });
});

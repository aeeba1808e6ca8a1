import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../electron/main/app-origin';
import { externalUrlToOpen } from '../../../electron/main/external-links';

describe('externalUrlToOpen', () => {
  it.each([
    ['https://dashboard.stripe.com/test/payments/pi_123', 'https://dashboard.stripe.com/test/payments/pi_123'],
    ['https://go.xero.com/AccountsReceivable/View.aspx?InvoiceID=1', 'https://go.xero.com/AccountsReceivable/View.aspx?InvoiceID=1'],
    ['HTTPS://Login.Xero.com/identity/connect/authorize', 'https://login.xero.com/identity/connect/authorize'],
    ['https://login.xero.com:443/identity', 'https://login.xero.com/identity'],
  ])('lets %s open in the system browser as %s', (url, opened) => {
    expect(externalUrlToOpen(url)).toBe(opened);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['file:///etc/passwd'],
    ['file://server/share/payload.exe'],
    ['\\\\server\\share\\payload.exe'],
    ['//attacker.example/path'],
    ['http://login.xero.com/identity'],
    ['https://attacker.example/'],
    ['https://user:pass@dashboard.stripe.com/'],
    ['https://user@dashboard.stripe.com/'],
    ['https://dashboard.stripe.com@attacker.example/'],
    ['https://dashboard.stripe.com.attacker.example/'],
    ['https://app.paydesk.evil.com/'],
    ['https://login.xero.com./identity'],
    ['https://login.xero.com:8443/identity'],
    ['https://xn--lgin-55d.xero.com/'],
    ['https://lоgin.xero.com/'],
    ['https://login.xero.com%2eevil.com/'],
    ['https://evil.com#@login.xero.com/'],
    ['ms-msdt:/id PCWDiagnostic'],
    ['data:text/html,<script>alert(1)</script>'],
    ['smb://server/share'],
    ['not a url'],
    [''],
  ])('blocks %s', (url) => {
    expect(externalUrlToOpen(url)).toBeNull();
  });
});

describe('isAppUrl', () => {
  it.each(['app://paydesk/index.html', 'app://paydesk/assets/index.js', 'APP://paydesk/index.html#/audit'])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'app://paydesk.attacker/index.html',
    'app://app.paydesk.evil.com/index.html',
    'app://paydesk./index.html',
    'app://paydesk:1/index.html',
    'app://user:pass@paydesk/index.html',
    'app://paydesk@evil/index.html',
    'app://other/index.html',
    'app:///paydesk/index.html',
    'https://paydesk/index.html',
    'file:///app/index.html',
    'javascript:alert(1)',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

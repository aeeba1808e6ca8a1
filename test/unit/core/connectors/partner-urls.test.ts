import { describe, expect, it } from 'vitest';
import { BaseUrlError, checkedBaseUrl } from '../../../../electron/core/connectors/base-url';
import { xeroEndpoints } from '../../../../electron/core/connectors/xero-auth/xero-endpoints';
import { checkedWebhookUrl } from '../../../../electron/core/webhook/webhook-endpoints';

// Every partner address Paydesk talks to, each under the same rule: the gateway and billing
// base URLs (CLI flags, live account setup, Xero's API after sign-in), Xero's identity
// endpoints and the merchant's webhook endpoint.
const NOT_ACCEPTED = [
  'http://api.stripe.com',
  'http://127.0.0.1.evil.com:8080',
  'http://localhost.evil.com',
  'http://10.0.0.5:8080',
  'http://[::ffff:7f00:1]:8080',
  'https://user:secret@api.stripe.com',
  'http://user@127.0.0.1:8080',
  'ftp://files.example',
  'file:///etc/passwd',
  'javascript:alert(1)',
  '//api.stripe.com',
  'api.stripe.com',
];

describe('partner addresses', () => {
  it.each(['https://api.stripe.com', 'HTTPS://API.XERO.COM/', 'http://127.0.0.1:4010', 'http://localhost:4010', 'http://[::1]:4010'])(
    'accepts %s',
    (url) => {
      expect(() => checkedBaseUrl(url, 'The gateway address')).not.toThrow();
    },
  );

  it.each(NOT_ACCEPTED)('refuses %s as a gateway or billing address', (url) => {
    expect(() => checkedBaseUrl(url, 'The gateway address')).toThrow(BaseUrlError);
  });

  it.each(NOT_ACCEPTED)("refuses %s as one of Xero's identity endpoints", (url) => {
    expect(() => xeroEndpoints({ tokenUrl: url })).toThrow(BaseUrlError);
    expect(() => xeroEndpoints({ authorizeUrl: url })).toThrow(BaseUrlError);
    expect(() => xeroEndpoints({ connectionsUrl: url })).toThrow(BaseUrlError);
  });

  it("keeps Xero's real endpoints, and a local fake identity server for tests", () => {
    expect(xeroEndpoints().tokenUrl).toBe('https://identity.xero.com/connect/token');
    expect(xeroEndpoints({ tokenUrl: 'http://127.0.0.1:5000/connect/token' }).tokenUrl).toBe('http://127.0.0.1:5000/connect/token');
  });
});

describe('the webhook endpoint address', () => {
  it.each(NOT_ACCEPTED)('refuses %s with a validation error', (url) => {
    expect(() => checkedWebhookUrl(url)).toThrow(expect.objectContaining({ code: 'validation' }));
  });

  it('accepts https and a loopback receiver, without the fragment', () => {
    expect(checkedWebhookUrl('https://shop.example/stripe/webhook#x')).toBe('https://shop.example/stripe/webhook');
    expect(checkedWebhookUrl('http://127.0.0.1:9000/hook')).toBe('http://127.0.0.1:9000/hook');
  });
});

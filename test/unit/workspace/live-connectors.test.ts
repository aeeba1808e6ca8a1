import { describe, expect, it } from 'vitest';
import { checkedBaseUrl } from '../../../electron/core/connectors/base-url';
import { liveConnectors } from '../../../electron/workspace/live-connectors';

describe('liveConnectors', () => {
  it('builds connectors from flags, taking secrets from the environment when not given', () => {
    const connectors = liveConnectors(
      { gatewayUrl: 'https://api.stripe.com', billingUrl: 'https://api.xero.com/', billingTenant: 't-1' },
      { PAYDESK_GATEWAY_KEY: 'sk_live_x', PAYDESK_BILLING_TOKEN: 'token-y' },
    );
    expect(connectors).toEqual([
      expect.objectContaining({ kind: 'gateway', baseUrl: 'https://api.stripe.com', credentials: { kind: 'gateway', apiKey: 'sk_live_x' } }),
      expect.objectContaining({
        kind: 'billing',
        baseUrl: 'https://api.xero.com',
        credentials: { kind: 'billing', accessToken: 'token-y', tenantId: 't-1' },
      }),
    ]);
  });

  it('refuses a connector without its secret, or on plain http to another host', () => {
    expect(() => liveConnectors({ gatewayUrl: 'https://api.stripe.com' }, {})).toThrow('PAYDESK_GATEWAY_KEY');
    expect(() => liveConnectors({ gatewayUrl: 'http://api.stripe.com', gatewayKey: 'k' }, {})).toThrow('must use https');
  });

  it.each([
    ['http://api.stripe.com', 'must use https'],
    ['https://user:pass@api.stripe.com', 'must not carry credentials'],
    ['file:///etc/passwd', 'must use https'],
    ['not a url', 'is not a URL'],
  ])('refuses %s', (url, reason) => {
    expect(() => checkedBaseUrl(url, '--gateway-url')).toThrow(reason);
  });

  it('accepts plain http only to this computer', () => {
    expect(checkedBaseUrl('http://127.0.0.1:4010/v1', '--gateway-url')).toBe('http://127.0.0.1:4010');
    expect(checkedBaseUrl('http://localhost:4010', '--gateway-url')).toBe('http://localhost:4010');
  });
});

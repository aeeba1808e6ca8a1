import { describe, expect, it } from 'vitest';
import type { ConnectorSummary } from '../../../shared/contract/connectors';
import {
  emptyLiveAccountForm,
  setupFromForm,
  withoutSecret,
  type LiveAccountForm,
} from '../../../renderer/src/pages/connections/live-accounts/live-account-form';
import { connectedText, connectFormText, removeQuestion } from '../../../renderer/src/pages/connections/live-accounts/live-account-text';

const SECRET = 'sk_live_0123456789abcdef';

const form = (kind: 'gateway' | 'billing', overrides: Partial<LiveAccountForm> = {}): LiveAccountForm => ({
  ...emptyLiveAccountForm(kind),
  ...overrides,
});

const summary = (overrides: Partial<ConnectorSummary> = {}): ConnectorSummary => ({
  id: 'live-gateway',
  kind: 'gateway',
  name: 'Stripe',
  mode: 'live',
  baseUrl: 'https://api.stripe.com',
  health: { state: 'healthy', checkedAt: null, latencyMs: 40, lastSuccessAt: null, failingSince: null, lastFailure: null },
  dataAsOf: null,
  ...overrides,
});

describe('connect form defaults', () => {
  it('starts each kind at its partner name and public API address, with no secret', () => {
    expect(emptyLiveAccountForm('gateway')).toEqual({ name: 'Stripe', baseUrl: 'https://api.stripe.com', secret: '', tenantId: '' });
    expect(emptyLiveAccountForm('billing')).toEqual({ name: 'Xero', baseUrl: 'https://api.xero.com', secret: '', tenantId: '' });
  });

  it('drops only the secret once it is saved', () => {
    expect(withoutSecret(form('billing', { name: 'Xero EU', secret: SECRET, tenantId: 't-1' }))).toEqual({
      name: 'Xero EU',
      baseUrl: 'https://api.xero.com',
      secret: '',
      tenantId: 't-1',
    });
  });
});

describe('connect form to ConnectorSetup', () => {
  it('builds a gateway setup, trimming what was pasted', () => {
    const result = setupFromForm('gateway', form('gateway', { name: '  Stripe EU ', baseUrl: ' https://api.stripe.com ', secret: `  ${SECRET}\n` }));
    expect(result).toEqual({
      ok: true,
      setup: { kind: 'gateway', name: 'Stripe EU', baseUrl: 'https://api.stripe.com', apiKey: SECRET },
    });
  });

  it('builds a billing setup with its tenant, and never sends a tenant for the gateway', () => {
    expect(setupFromForm('billing', form('billing', { secret: SECRET, tenantId: ' 8f2c-tenant ', name: 'Acme books' }))).toEqual({
      ok: true,
      setup: { kind: 'billing', name: 'Acme books', baseUrl: 'https://api.xero.com', accessToken: SECRET, tenantId: '8f2c-tenant' },
    });
    const gateway = setupFromForm('gateway', form('gateway', { secret: SECRET, tenantId: 'ignored' }));
    expect(gateway.ok && 'tenantId' in gateway.setup).toBe(false);
  });

  it('falls back to the default name and address when they are left blank', () => {
    expect(setupFromForm('billing', form('billing', { name: '  ', baseUrl: '', secret: SECRET, tenantId: 't' }))).toEqual({
      ok: true,
      setup: { kind: 'billing', name: 'Xero', baseUrl: 'https://api.xero.com', accessToken: SECRET, tenantId: 't' },
    });
  });

  it('leaves the https rule to the service, which owns it', () => {
    const result = setupFromForm('gateway', form('gateway', { baseUrl: 'http://api.stripe.com', secret: SECRET }));
    expect(result.ok).toBe(true);
  });

  it('asks for a missing secret and tenant in the words of each form', () => {
    expect(setupFromForm('gateway', form('gateway', { secret: '   ' }))).toEqual({
      ok: false,
      problems: { secret: 'Enter the secret key.' },
    });
    expect(setupFromForm('billing', form('billing'))).toEqual({
      ok: false,
      problems: { secret: 'Enter the access token.', tenantId: 'Enter the tenant id of the Xero organisation.' },
    });
  });

  it('says a short secret is not whole without repeating it', () => {
    const result = setupFromForm('gateway', form('gateway', { secret: 'sk_1' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.secret).toMatch(/does not look whole/);
    expect(JSON.stringify(result)).not.toContain('sk_1');
  });

  it('puts an over-long name beside the name field', () => {
    const result = setupFromForm('gateway', form('gateway', { name: 'x'.repeat(81), secret: SECRET }));
    expect(result).toEqual({ ok: false, problems: { name: 'Use a name of at most 80 characters.' } });
  });
});

describe('live account texts', () => {
  it('gives each Connect button its own accessible name', () => {
    expect(connectFormText('gateway')).toMatchObject({ title: 'Payment gateway (Stripe)', secretLabel: 'Secret key', connectName: 'Connect payment gateway' });
    expect(connectFormText('billing')).toMatchObject({ title: 'Billing system (Xero)', secretLabel: 'Access token', connectName: 'Connect billing system' });
  });

  it('says how the new account answered', () => {
    expect(connectedText(summary())).toBe('Connected Stripe: Healthy');
    const failing = summary({
      name: 'Xero',
      health: {
        state: 'failing',
        checkedAt: null,
        latencyMs: null,
        lastSuccessAt: null,
        failingSince: '2025-01-01T00:00:00.000Z',
        lastFailure: {
          failureClass: 'integration',
          endpoint: '/connections',
          httpStatus: 401,
          message: 'Unauthorized',
          occurredAt: '2025-01-01T00:00:00.000Z',
        },
      },
    });
    expect(connectedText(failing)).toBe('Connected Xero: Integration issue');
  });

  it('names what removing deletes', () => {
    expect(removeQuestion('Stripe')).toBe('Remove Stripe? Its saved key is deleted from this computer.');
  });
});

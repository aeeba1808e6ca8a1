import { describe, expect, it } from 'vitest';
import { readinessText, secretKeptText, webhookRequest } from '../../../../renderer/src/pages/settings/webhook-fields';

const secret = 'whsec_0123456789abcdef';

describe('the webhook endpoint form', () => {
  it('sends the address and secret trimmed, as they are mostly pasted', () => {
    expect(webhookRequest({ url: ' https://shop.example/hooks ', signingSecret: ` ${secret}\n` })).toEqual({
      ok: true,
      request: { url: 'https://shop.example/hooks', signingSecret: secret },
    });
  });

  it('asks for what is missing beside each field', () => {
    expect(webhookRequest({ url: '', signingSecret: '' })).toEqual({
      ok: false,
      problems: {
        url: 'Enter the endpoint’s address.',
        signingSecret: 'Enter the endpoint’s signing secret: it is needed with every change.',
      },
    });
  });

  it('refuses a secret too short to be whole, without quoting it', () => {
    const result = webhookRequest({ url: 'https://shop.example/hooks', signingSecret: 'whsec_short' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.signingSecret).toMatch(/does not look whole/);
    expect(result.problems.signingSecret).not.toContain('whsec_short');
    expect(result.problems.url).toBeUndefined();
  });

  it('leaves the https rule to the Node side, which owns it', () => {
    expect(webhookRequest({ url: 'http://shop.example/hooks', signingSecret: secret }).ok).toBe(true);
  });
});

describe('where the secret is and what that means', () => {
  it('says the browser console forgets it at a restart', () => {
    expect(secretKeptText({ url: 'http://127.0.0.1:9/hooks', secretKept: 'memory', ready: true })).toMatch(/memory only.*restarts.*entered again/);
    expect(secretKeptText({ url: 'https://shop.example/hooks', secretKept: 'os_keychain', ready: true })).toMatch(/system keychain/);
  });

  it('says queued events wait while the secret is not known', () => {
    expect(readinessText({ url: 'http://127.0.0.1:9/hooks', secretKept: 'memory', ready: false })).toMatch(/Enter it again below; queued events wait/);
    expect(readinessText({ url: 'https://shop.example/hooks', secretKept: 'os_keychain', ready: true })).toMatch(/^Ready/);
  });
});

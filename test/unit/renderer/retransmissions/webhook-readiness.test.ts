import { describe, expect, it } from 'vitest';
import { endpointProblem } from '../../../../renderer/src/pages/retransmissions/webhook-readiness';

describe('whether events can go out to the webhook endpoint', () => {
  it('says so when no endpoint is set', () => {
    expect(endpointProblem(null)).toBe('No webhook endpoint is set, so no event can be re-sent.');
  });

  it('says the secret must be entered again after a restart forgot it', () => {
    expect(endpointProblem({ url: 'https://shop.example/hooks', secretKept: 'memory', ready: false })).toMatch(/restarted.*entered again/);
  });

  it('has nothing to say when the endpoint is ready', () => {
    expect(endpointProblem({ url: 'https://shop.example/hooks', secretKept: 'os_keychain', ready: true })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { TransmissionError } from '../../../../electron/core/connectors/transmission-error';
import { startLoopbackListener } from '../../../../electron/core/connectors/xero-auth/loopback-listener';

function callback(redirectUri: string, params: Record<string, string>): string {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

describe('startLoopbackListener', () => {
  it('listens on 127.0.0.1 at a random port and accepts exactly one callback with our state', async () => {
    const listener = await startLoopbackListener({ state: 's-1', timeoutMs: 5_000 });
    expect(listener.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*\/callback$/);
    const answer = await fetch(callback(listener.redirectUri, { state: 's-1', code: 'code-1' }));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await answer.text()).toContain('You can close this window');
    expect(await listener.code).toBe('code-1');
    await listener.close();
  });

  it('refuses a wrong or missing state, other paths and other methods, and keeps waiting', async () => {
    const listener = await startLoopbackListener({ state: 's-2', timeoutMs: 5_000 });
    expect((await fetch(callback(listener.redirectUri, { state: 'other', code: 'evil' }))).status).toBe(400);
    expect((await fetch(callback(listener.redirectUri, { code: 'evil' }))).status).toBe(400);
    expect((await fetch(new URL('/favicon.ico', listener.redirectUri))).status).toBe(404);
    expect((await fetch(callback(listener.redirectUri, { state: 's-2', code: 'x' }), { method: 'POST' })).status).toBe(405);
    expect((await fetch(callback(listener.redirectUri, { state: 's-2', code: 'good' }))).status).toBe(200);
    expect(await listener.code).toBe('good');
    await listener.close();
  });

  it('rejects a callback with our state but no code', async () => {
    const listener = await startLoopbackListener({ state: 's-3', timeoutMs: 5_000 });
    expect((await fetch(callback(listener.redirectUri, { state: 's-3' }))).status).toBe(400);
    await expect(listener.code).rejects.toThrow(/no authorisation code/);
    await listener.close();
  });

  it('times out with an integration error saying to start again', async () => {
    const listener = await startLoopbackListener({ state: 's-4', timeoutMs: 50 });
    const failure = await listener.code.catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TransmissionError);
    expect(failure).toMatchObject({ failureClass: 'integration', message: expect.stringMatching(/not completed within 1 second/) });
    await expect(fetch(listener.redirectUri)).rejects.toThrow();
  });

  it('closing stops the wait and frees the port', async () => {
    const listener = await startLoopbackListener({ state: 's-5', timeoutMs: 5_000 });
    await listener.close();
    await expect(listener.code).rejects.toThrow(/cancelled/);
    await expect(fetch(callback(listener.redirectUri, { state: 's-5', code: 'late' }))).rejects.toThrow();
  });
});

describe('startLoopbackListener on a fixed port', () => {
  it('explains a port that is already taken', async () => {
    const first = await startLoopbackListener({ state: 's-6', timeoutMs: 5_000 });
    const port = Number(new URL(first.redirectUri).port);
    await expect(startLoopbackListener({ state: 's-7', timeoutMs: 5_000, port })).rejects.toMatchObject({
      failureClass: 'connection',
      message: expect.stringMatching(/could not listen .*EADDRINUSE/),
    });
    await first.close();
  });
});

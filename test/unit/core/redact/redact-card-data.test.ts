import { describe, expect, it } from 'vitest';
import { passesLuhn, redactedJson, redactRecord, redactText, redactValue } from '../../../../electron/core/redact/redact-card-data';
import { redactingLogger, type Logger } from '../../../../electron/core/util/logger';

describe('card data redaction', () => {
  it('knows Luhn', () => {
    expect(passesLuhn('4242424242424242')).toBe(true);
    expect(passesLuhn('4242424242424241')).toBe(false);
  });

  it.each([
    ['card 4242424242424242 declined', 'card ••••4242 declined'],
    ['4242 4242 4242 4242', '••••4242'],
    ['4000-0566-5566-5556', '••••5556'],
    ['amex 378282246310005.', 'amex ••••0005.'],
    ['diners 3056930009020004 and visa 4111111111111111', 'diners ••••0004 and visa ••••1111'],
  ])('masks %s', (input, output) => {
    expect(redactText(input)).toBe(output);
  });

  it.each([
    'invoice 4242424242424241 (fails Luhn)',
    'order 123456789012',
    'phone +44 20 7946 0958',
    'pi_3NqLs2Lkdi4242424242',
  ])('leaves %s alone', (input) => {
    expect(redactText(input)).toBe(input);
  });

  it('walks nested payloads, masks numbers given as JSON numbers and drops CVC fields', () => {
    const payload = {
      id: 'ch_1',
      card: { number: '4242424242424242', cvc: '123', last4: '4242', checks: { cvc_check: 'pass' } },
      notes: ['call back', 4242424242424242],
      CVV2: '999',
    };
    expect(redactValue(payload)).toEqual({
      id: 'ch_1',
      card: { number: '••••4242', last4: '4242', checks: { cvc_check: 'pass' } },
      notes: ['call back', '••••4242'],
    });
    expect(redactedJson(payload)).not.toMatch(/4242424242424242|"123"|999/);
  });
});

describe('redactedJson', () => {
  it('takes the fast path only when nothing could need redacting', () => {
    const plain = { id: 'pi_1', amount: 1230, note: 'order 123456789012' };
    expect(redactedJson(plain)).toBe(JSON.stringify(plain));
    expect(redactedJson({ number: '4242-4242-4242-4242' })).toBe('{"number":"••••4242"}');
    expect(redactedJson({ nested: { CVC: '123' } })).toBe('{"nested":{}}');
    expect(redactedJson({ digits: 4000056655665556 })).toBe('{"digits":"••••5556"}');
  });
});

describe('identifiers that merely look like card numbers', () => {
  it('leaves UUIDs and Microsoft JSON dates alone even when a digit run passes Luhn', () => {
    // Both digit runs below pass Luhn, so without the exemption they would be masked.
    expect(passesLuhn('9123424242424203')).toBe(true);
    const uuid = 'ff9a3da7-0348-401f-9123-424242424203';
    expect(redactText(`invoice ${uuid}`)).toBe(`invoice ${uuid}`);
    const luhnEpoch = '1518685950941';
    expect(passesLuhn(luhnEpoch)).toBe(true);
    const date = `/Date(${luhnEpoch}+0000)/`;
    expect(redactText(date)).toBe(date);
    expect(redactText(`${date} paid with 4242424242424242`)).toBe(`${date} paid with ••••4242`);
  });
});

describe('records and log lines', () => {
  it('masks every text field of a record and leaves its raw payload to redactedJson', () => {
    const raw = { untouched: '4111111111111111' };
    const record = { id: 'ch_4111111111111111', amountMinor: 4111111111111111, email: '5555555555554444@example.com', raw };
    expect(redactRecord(record)).toEqual({ id: 'ch_••••1111', amountMinor: 4111111111111111, email: '••••4444@example.com', raw });
  });

  it('masks card numbers sent as JSON numbers of either sign, even past 2^53', () => {
    expect(redactValue(-4111111111111111)).toBe('-••••1111');
    expect(redactValue(9007199254741006)).toBe('••••1006');
    expect(redactValue(1234567890123)).toBe(1234567890123);
  });

  it('logs lines and error stacks with card numbers masked', () => {
    const lines: string[] = [];
    const sink: Logger = { info: (message) => lines.push(message), error: (message, error) => lines.push(`${message} | ${String(error)}`) };
    const logger = redactingLogger(sink);
    logger.info('retrying 4242 4242 4242 4242');
    logger.error('sync failed', new Error('No such card: 4111111111111111'));
    expect(lines[0]).toBe('retrying ••••4242');
    expect(lines[1]).toMatch(/^sync failed \| Error: No such card: ••••1111\n/);
    expect(lines.join('\n')).not.toMatch(/4111111111111111|4242 4242/);
  });
});

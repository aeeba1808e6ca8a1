import { describe, expect, it } from 'vitest';
import { ErrorCode, ApiError } from '../../../shared/contract/errors';
import { errorTitle, toApiError } from '../../../renderer/src/api/error-text';

describe('error words', () => {
  it('has distinct words for every code, none reading like a connector status', () => {
    const titles = ErrorCode.options.map(errorTitle);
    expect(new Set(titles).size).toBe(titles.length);
    for (const title of titles) expect(title).not.toMatch(/issue|healthy/i);
  });

  it('keeps an ApiError and wraps anything else as internal', () => {
    const known = new ApiError('conflict', 'changed');
    expect(toApiError(known)).toBe(known);
    expect(toApiError(new Error('boom'))).toMatchObject({ code: 'internal', message: 'boom' });
    expect(toApiError('text')).toMatchObject({ code: 'internal', message: 'text' });
  });
});

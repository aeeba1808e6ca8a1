import type { ReactNode } from 'react';
import { formatAbsolute, formatRelative } from '../../lib/relative-time';

/** "12 s ago", with the full date and time on hover. */
export function TimeAgo({ at, now }: { at: string; now: number }): ReactNode {
  return (
    <time dateTime={at} title={formatAbsolute(at)}>
      {formatRelative(at, now)}
    </time>
  );
}

import type { ReactNode } from 'react';

export function Loading({ what }: { what: string }): ReactNode {
  return (
    <p role="status" className="loading">
      Loading {what}…
    </p>
  );
}

import type { ReactNode } from 'react';

/** What a page will hold once its feature exists: stated plainly, never faked with sample data. */
export function EmptyState({ children }: { children: ReactNode }): ReactNode {
  return <div className="empty-state">{children}</div>;
}

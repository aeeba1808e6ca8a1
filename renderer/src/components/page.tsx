import type { ReactNode } from 'react';

interface PageProps {
  title: string;
  children: ReactNode;
}

/** A page's frame. The heading takes focus on navigation (tabIndex -1 allows that). */
export function Page({ title, children }: PageProps): ReactNode {
  return (
    <>
      <header className="page-header">
        <h1 tabIndex={-1}>{title}</h1>
      </header>
      <div className="page-body">{children}</div>
    </>
  );
}

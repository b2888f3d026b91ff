import type { ReactNode } from 'react';

export interface PageHeaderProps {
  /** The page's one h1, and the document title. */
  title: string;
  /** A short line above the title. */
  eyebrow?: string;
  /** One or two sentences under the title. */
  children?: ReactNode;
}

export function PageHeader({ title, eyebrow, children }: PageHeaderProps) {
  return (
    <div className="page-header">
      <title>{`${title} · Haven`}</title>
      {eyebrow && <p className="page-header__eyebrow">{eyebrow}</p>}
      <h1 className="page-header__title">{title}</h1>
      {children && <div className="page-header__intro">{children}</div>}
    </div>
  );
}

import type { ReactNode } from 'react';

export interface PageHeaderProps {
  /** The page's one h1, and the document title. Short: the page's name, not a sentence. */
  title: string;
  /** A short line above the title (the pillar or the page a screen belongs to). */
  eyebrow?: string;
  /**
   * What the page is for, first: its main action (a primary button, maybe one
   * quieter one). Beside the title on a wide screen, under it at full width
   * on a phone.
   */
  actions?: ReactNode;
  /** One quiet line under the title; a longer explanation belongs in `about`. */
  children?: ReactNode;
  /** A longer explanation, tucked into a disclosure the person can open. */
  about?: ReactNode;
  /** The disclosure's label. */
  aboutLabel?: string;
}

/**
 * The top of a screen: a compact title with its action first, then one quiet
 * line, and anything longer tucked away ("What is this?"), so a person can do
 * what they came for before reading about it.
 */
export function PageHeader({
  title,
  eyebrow,
  actions,
  children,
  about,
  aboutLabel = 'What is this?',
}: PageHeaderProps) {
  return (
    <div className="page-header">
      <title>{`${title} · Haven`}</title>
      <div className="page-header__top">
        <div className="page-header__heading">
          {eyebrow && <p className="page-header__eyebrow">{eyebrow}</p>}
          <h1 className="page-header__title">{title}</h1>
        </div>
        {actions && <div className="page-header__actions">{actions}</div>}
      </div>
      {children && <div className="page-header__intro">{children}</div>}
      {about && (
        <details className="disclosure page-header__about">
          <summary className="disclosure__summary">{aboutLabel}</summary>
          <div className="disclosure__body">{about}</div>
        </details>
      )}
    </div>
  );
}

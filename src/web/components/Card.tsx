import type { HTMLAttributes } from 'react';
import { cx } from '../lib/cx.js';

export interface CardProps extends HTMLAttributes<HTMLElement> {
  /** The element to render: a section when it has its own heading, li inside lists. */
  as?: 'div' | 'section' | 'article' | 'li';
  /** 'quiet' sits flush with the page; 'raised' is the default surface. */
  tone?: 'raised' | 'quiet' | 'danger';
}

export function Card({ as: Tag = 'div', tone = 'raised', className, ...rest }: CardProps) {
  return <Tag className={cx('card', tone !== 'raised' && `card--${tone}`, className)} {...rest} />;
}

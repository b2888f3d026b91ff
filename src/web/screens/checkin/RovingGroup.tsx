import type { ReactNode } from 'react';
import { useRovingGroup } from './roving.js';

/**
 * A group of chips crossed with one Tab press: Tab lands on one chip, the
 * arrow keys move between them, Tab again leaves the group.
 */
export function RovingGroup({ children, className }: { children: ReactNode; className?: string }) {
  const { ref, onKeyDown, onFocus } = useRovingGroup<HTMLDivElement>();
  return (
    // The keys are the chips' own; the group only moves focus between them.
    <div ref={ref} className={className} onKeyDown={onKeyDown} onFocus={onFocus}>
      {children}
    </div>
  );
}

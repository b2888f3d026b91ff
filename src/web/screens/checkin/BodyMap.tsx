import type { KeyboardEvent, ReactNode } from 'react';
import { bodyRegionById } from '../../../core/attuning/body.js';
import { useRovingGroup } from './roving.js';

/**
 * The parts of a simple front-facing outline, drawn in a 200 × 400 box. Each
 * is a region of core's body list; the back and the whole body are chosen from
 * the list beside it, which stays the full alternative to the picture.
 */
const SHAPES: readonly { id: string; shape: ReactNode }[] = [
  { id: 'head', shape: <ellipse cx="100" cy="42" rx="27" ry="33" /> },
  { id: 'eyes', shape: <rect x="83" y="32" width="34" height="11" rx="5.5" /> },
  { id: 'jaw', shape: <rect x="86" y="56" width="28" height="12" rx="6" /> },
  { id: 'throat', shape: <rect x="89" y="78" width="22" height="16" rx="7" /> },
  { id: 'shoulders', shape: <rect x="50" y="96" width="100" height="16" rx="8" /> },
  { id: 'chest', shape: <rect x="66" y="114" width="68" height="38" rx="12" /> },
  { id: 'heart', shape: <circle cx="113" cy="132" r="9" /> },
  { id: 'stomach', shape: <rect x="70" y="155" width="60" height="26" rx="11" /> },
  { id: 'belly', shape: <rect x="72" y="184" width="56" height="24" rx="11" /> },
  { id: 'hips', shape: <rect x="66" y="211" width="68" height="22" rx="11" /> },
  {
    id: 'arms',
    shape: (
      <>
        <rect x="32" y="114" width="17" height="100" rx="8.5" transform="rotate(6 40 114)" />
        <rect x="151" y="114" width="17" height="100" rx="8.5" transform="rotate(-6 160 114)" />
      </>
    ),
  },
  {
    id: 'hands',
    shape: (
      <>
        <circle cx="31" cy="229" r="11" />
        <circle cx="169" cy="229" r="11" />
      </>
    ),
  },
  {
    id: 'legs',
    shape: (
      <>
        <rect x="70" y="236" width="27" height="124" rx="12" />
        <rect x="103" y="236" width="27" height="124" rx="12" />
      </>
    ),
  },
  {
    id: 'feet',
    shape: (
      <>
        <ellipse cx="80" cy="373" rx="17" ry="9" />
        <ellipse cx="120" cy="373" rx="17" ry="9" />
      </>
    ),
  },
];

/** The ids the outline can show; the rest of the body list is chosen from the list alone. */
export const MAPPED_REGIONS: readonly string[] = SHAPES.map((s) => s.id);

/**
 * A body outline to tap where a feeling sits. Each part is a checkbox with
 * its name, the whole outline one Tab stop with the arrow keys between parts,
 * Space or Enter to choose; the list of words beside it does the same.
 */
export function BodyMap({ chosen, onToggle }: { chosen: readonly string[]; onToggle: (id: string) => void }) {
  const { ref, onKeyDown, onFocus } = useRovingGroup<HTMLDivElement>();
  const keys = (id: string) => (event: KeyboardEvent<SVGGElement>) => {
    if (event.key !== ' ' && event.key !== 'Enter') return;
    event.preventDefault();
    onToggle(id);
  };
  return (
    <div ref={ref} className="body-map" onKeyDown={onKeyDown} onFocus={onFocus}>
      <svg viewBox="0 0 200 400" role="group" aria-label="Body outline: tap where you feel it">
        {SHAPES.map(({ id, shape }) => (
          <g
            key={id}
            role="checkbox"
            aria-checked={chosen.includes(id)}
            aria-label={bodyRegionById(id)?.label ?? id}
            className="body-map__part"
            onClick={() => onToggle(id)}
            onKeyDown={keys(id)}
          >
            <title>{bodyRegionById(id)?.label ?? id}</title>
            {shape}
          </g>
        ))}
      </svg>
    </div>
  );
}

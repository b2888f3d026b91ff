import { useId } from 'react';
import { REGIONS, type RegionCode } from '../../core/safety/resources.js';
import { useRegion } from './region.js';

/** Where the person is, for which contacts to show. A native select: keyboard and screen readers know it. */
export function RegionSelect({ label = 'Your region', hint }: { label?: string; hint?: string }) {
  const [region, setRegion] = useRegion();
  const id = useId();
  return (
    <div className="field region-select">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <select
        id={id}
        className="input select"
        value={region}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          const chosen = REGIONS.find((r) => r.code === event.target.value);
          if (chosen) setRegion(chosen.code satisfies RegionCode);
        }}
      >
        {REGIONS.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </select>
    </div>
  );
}

import type { SVGProps } from 'react';

/** Icons for ways to reach someone. Decorative: the link text always says what it does. */
type IconProps = Omit<SVGProps<SVGSVGElement>, 'children'>;

const base = {
  viewBox: '0 0 24 24',
  width: '1em',
  height: '1em',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.8,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
} as const;

export function PhoneIcon({ className, ...rest }: IconProps) {
  return (
    <svg {...base} className={className ? `icon ${className}` : 'icon'} {...rest}>
      <path d="M5 4h3.5l1.5 4-2 1.5a11 11 0 0 0 6.5 6.5l1.5-2 4 1.5V19a1.5 1.5 0 0 1-1.5 1.5A16 16 0 0 1 3.5 5.5 1.5 1.5 0 0 1 5 4z" />
    </svg>
  );
}

export function MessageIcon({ className, ...rest }: IconProps) {
  return (
    <svg {...base} className={className ? `icon ${className}` : 'icon'} {...rest}>
      <path d="M4.5 5h15A1.5 1.5 0 0 1 21 6.5v9a1.5 1.5 0 0 1-1.5 1.5H10l-4.5 3.5V17h-1A1.5 1.5 0 0 1 3 15.5v-9A1.5 1.5 0 0 1 4.5 5z" />
    </svg>
  );
}

export function GlobeIcon({ className, ...rest }: IconProps) {
  return (
    <svg {...base} className={className ? `icon ${className}` : 'icon'} {...rest}>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M3.5 12h17M12 3.5c2.5 2.6 3.5 5.4 3.5 8.5s-1 5.9-3.5 8.5c-2.5-2.6-3.5-5.4-3.5-8.5s1-5.9 3.5-8.5z" />
    </svg>
  );
}

import {
  useEffect,
  useId,
  useState,
  type ComponentType,
  type MouseEvent,
  type ReactNode,
  type SVGProps,
} from 'react';
import { NavLink, useLocation } from 'react-router';
import { PLACES, PRACTICES, type Catalogue } from '../../core/practices/catalogue.js';
import type { Practice } from '../../core/practices/practice.js';
import { Button } from '../components/Button.js';
import {
  CheckInIcon,
  ChevronDownIcon,
  HomeIcon,
  InfoIcon,
  JournalIcon,
  LeafIcon,
  LockIcon,
  MoreIcon,
  PracticesIcon,
  SettingsIcon,
  SignInIcon,
} from '../components/icons.js';
import { useToast } from '../components/Toast.js';
import { toProblem } from '../api/client.js';
import { navigationPillars, navigationPractices, practiceAt } from './practices.js';
import { useSession } from './session.js';

export type NavKind = 'signed-in' | 'signed-out';

/**
 * The main navigation: one list for every screen. On a wide screen it sits in
 * the header (Home, the primary practices, a "Practices" menu by pillar,
 * About, Settings, Lock). On a phone the same list is a tab bar at the foot of
 * the screen (Home, the primary practices, Practices, More), and its menus
 * open as sheets just above it. Which item shows where is the stylesheet's
 * choice (`primary-nav__wide`, `primary-nav__narrow`); everything a person
 * can reach is derived from the catalogue.
 */
export function MainNav({ kind, catalogue = PRACTICES }: { kind: NavKind; catalogue?: Catalogue }) {
  const { pathname } = useLocation();
  const menus = useMenus(`${kind} ${pathname}`);
  useTypingMark();

  if (kind === 'signed-out') {
    return (
      <nav className="primary-nav" aria-label="Main">
        <ul className="primary-nav__list">
          <NavItem to={PLACES.about} label="About" icon={InfoIcon} />
          <NavItem to={PLACES.signIn} label="Sign in" icon={SignInIcon} />
        </ul>
      </nav>
    );
  }

  const primary = navigationPractices(catalogue);
  const here = practiceAt(pathname, catalogue);
  const elsewhere = pathname === PLACES.about || pathname === PLACES.settings;
  return (
    <nav className="primary-nav" aria-label="Main">
      {menus.open && <div className="nav-scrim" aria-hidden="true" />}
      <ul className="primary-nav__list">
        <NavItem to={PLACES.home} label="Home" icon={HomeIcon} end />
        {primary.map((practice) => (
          <NavItem
            key={practice.id}
            to={practice.path}
            label={practice.navLabel ?? practice.label}
            icon={ICONS[practice.id] ?? LeafIcon}
          />
        ))}
        <NavMenu
          id="practices"
          label="Practices"
          icon={PracticesIcon}
          menus={menus}
          current={here !== undefined && !primary.includes(here)}
        >
          <PracticesByPillar catalogue={catalogue} />
        </NavMenu>
        <NavItem to={PLACES.about} label="About" className="primary-nav__wide" />
        <NavItem to={PLACES.settings} label="Settings" className="primary-nav__wide" />
        <NavMenu
          id="more"
          label="More"
          icon={MoreIcon}
          menus={menus}
          current={elsewhere}
          className="primary-nav__narrow"
        >
          <ul className="nav-panel__list" role="list">
            <li>
              <NavLink to={PLACES.about} className="nav-panel__link">
                <InfoIcon className="nav-panel__icon" />
                About
              </NavLink>
            </li>
            <li>
              <NavLink to={PLACES.settings} className="nav-panel__link">
                <SettingsIcon className="nav-panel__icon" />
                Settings
              </NavLink>
            </li>
            <li>
              <LockButton className="nav-panel__link" />
            </li>
          </ul>
        </NavMenu>
      </ul>
      <LockButton className="primary-nav__lock primary-nav__wide" quiet />
    </nav>
  );
}

/** Every pillar that has practices, each with its letter and its practices' links. */
export function PracticesByPillar({ catalogue = PRACTICES }: { catalogue?: Catalogue }) {
  const id = useId();
  return (
    <ul className="nav-pillars" role="list">
      {navigationPillars(catalogue).map(({ pillar, practices }) => (
        <li key={pillar.id} className="nav-pillar" data-pillar={pillar.id}>
          <span className="nav-pillar__name" id={`${id}-${pillar.id}`}>
            <span className="nav-pillar__letter" aria-hidden="true">
              {pillar.letter}
            </span>
            {pillar.name}
          </span>
          <ul className="nav-panel__list" role="list" aria-labelledby={`${id}-${pillar.id}`}>
            {practices.map((practice) => (
              <li key={practice.id}>
                <NavLink to={practice.path} className="nav-panel__link">
                  {practice.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

type IconComponent = ComponentType<SVGProps<SVGSVGElement>>;

/** The tab bar's icons for the primary practices; a practice without one here gets a leaf. */
const ICONS: Partial<Record<Practice['id'], IconComponent>> = {
  checkin: CheckInIcon,
  journal: JournalIcon,
};

function NavItem({
  to,
  label,
  icon: Icon,
  end = false,
  className,
}: {
  to: string;
  label: string;
  icon?: IconComponent;
  end?: boolean;
  className?: string;
}) {
  return (
    <li className={className ? `primary-nav__item ${className}` : 'primary-nav__item'}>
      <NavLink to={to} end={end} className="primary-nav__link">
        {Icon && <Icon className="primary-nav__icon" />}
        <span className="primary-nav__label">{label}</span>
      </NavLink>
    </li>
  );
}

type MenuId = 'practices' | 'more';

/**
 * A disclosure: a button that shows or hides a list of links. It closes on
 * Escape (focus goes back to its button), on a click or focus outside it, and
 * on arriving somewhere new.
 */
function NavMenu({
  id,
  label,
  icon: Icon,
  menus,
  current,
  className,
  children,
}: {
  id: MenuId;
  label: string;
  icon: IconComponent;
  menus: Menus;
  current: boolean;
  className?: string;
  children: ReactNode;
}) {
  const panelId = useId();
  const open = menus.open === id;
  // A link to the screen already shown changes no path; the menu closes all the same.
  const closeOnLink = (event: MouseEvent<HTMLDivElement>) => {
    if (event.target instanceof Element && event.target.closest('a')) menus.close();
  };
  return (
    <li
      className={className ? `primary-nav__item nav-menu ${className}` : 'primary-nav__item nav-menu'}
      data-menu={id}
    >
      <button
        type="button"
        className="primary-nav__link nav-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        // Where the current screen lives in this menu, the menu is the current item of the navigation.
        aria-current={current || undefined}
        onClick={() => menus.toggle(id)}
      >
        <Icon className="primary-nav__icon" />
        <span className="primary-nav__label">{label}</span>
        <ChevronDownIcon className="nav-menu__chevron" />
      </button>
      <div id={panelId} className={`nav-panel nav-panel--${id}`} hidden={!open} onClick={closeOnLink}>
        {children}
      </div>
    </li>
  );
}

function LockButton({ className, quiet = false }: { className: string; quiet?: boolean }) {
  const { lock } = useSession();
  const toast = useToast();
  const onLock = () => {
    lock().catch((error: unknown) => toast.show(`Haven could not lock: ${toProblem(error).title}`, 'error'));
  };
  const content = (
    <>
      <LockIcon className={quiet ? undefined : 'nav-panel__icon'} />
      Lock
    </>
  );
  return quiet ? (
    <Button variant="quiet" small className={className} onClick={onLock}>
      {content}
    </Button>
  ) : (
    <button type="button" className={className} onClick={onLock}>
      {content}
    </button>
  );
}

interface Menus {
  open: MenuId | null;
  toggle: (id: MenuId) => void;
  close: () => void;
}

/**
 * Which of the navigation's menus is open (one at most), and what closes it.
 * Arriving somewhere new (`place`: a path, or locked and unlocked again)
 * closes the menu the person came through.
 */
function useMenus(place: string): Menus {
  const [open, setOpen] = useState<MenuId | null>(null);
  const [shownAt, setShownAt] = useState(place);
  if (shownAt !== place) {
    setShownAt(place);
    setOpen(null);
  }

  useEffect(() => {
    if (!open) return;
    const menu = () => document.querySelector<HTMLElement>(`.primary-nav [data-menu="${open}"]`);
    const outside = (target: EventTarget | null) => !(target instanceof Node && menu()?.contains(target));
    const onPointerDown = (event: PointerEvent) => {
      if (outside(event.target)) setOpen(null);
    };
    const onFocusIn = (event: FocusEvent) => {
      if (outside(event.target)) setOpen(null);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(null);
      menu()?.querySelector<HTMLElement>('.nav-menu__button')?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  return {
    open,
    toggle: (id) => setOpen((now) => (now === id ? null : id)),
    close: () => setOpen(null),
  };
}

/**
 * Marks the page while someone types (`data-typing` on the root), so on a
 * phone the tab bar steps aside for the writing and the on-screen keyboard
 * (see layout.css). It comes back when focus leaves the field, but not in the
 * middle of a press: a tap on "Save" that takes focus from the field lands on
 * "Save", never on a tab bar that reappeared beneath the finger.
 */
function useTypingMark() {
  useEffect(() => {
    const root = document.documentElement;
    let pressing = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the events of this moment (focus moving, a click finishing) have run.
    const update = () => {
      clearTimeout(timer);
      timer = setTimeout(() => root.toggleAttribute('data-typing', isTextEntry(document.activeElement)));
    };
    const focusIn = () => update();
    const focusOut = () => {
      if (!pressing) update();
    };
    const pressed = () => {
      pressing = true;
    };
    const released = () => {
      pressing = false;
      update();
    };
    const events: [string, () => void][] = [
      ['focusin', focusIn],
      ['focusout', focusOut],
      ['pointerdown', pressed],
      ['pointerup', released],
      ['pointercancel', released],
    ];
    for (const [name, listener] of events) document.addEventListener(name, listener, true);
    update();
    return () => {
      for (const [name, listener] of events) document.removeEventListener(name, listener, true);
      clearTimeout(timer);
      root.removeAttribute('data-typing');
    };
  }, []);
}

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'password', 'url', 'tel', 'number']);

function isTextEntry(element: Element | null): boolean {
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return TEXT_INPUTS.has(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

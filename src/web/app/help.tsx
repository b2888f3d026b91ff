import * as Dialog from '@radix-ui/react-dialog';
import {
  createContext,
  lazy,
  Suspense,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { CloseIcon, LifebuoyIcon } from '../components/icons.js';

const loadHelpPanel = () => import('../safety/HelpPanel.js');
// The panel's content (every region's contacts, the plan, grounding) loads just after the first screen,
// so it is already in memory when someone reaches for it, and never slows the first screen down.
const HelpPanel = lazy(() => loadHelpPanel().then((module) => ({ default: module.HelpPanel })));

/** Shown only in the moment the panel's content is still loading. */
function HelpPanelLoading() {
  return (
    <p className="help-panel__loading">
      If you are in danger right now, please call your local emergency number.
    </p>
  );
}

interface HelpContextValue {
  open: boolean;
  setOpen: (open: boolean) => void;
  /** Opens the help panel from anywhere, for example when something written suggests danger. */
  openHelp: () => void;
  /** Closes the panel; `returnFocus: false` when the person is leaving for another screen from it. */
  closeHelp: (options?: { returnFocus?: boolean }) => void;
  /** Where focus goes when the panel closes: back where `openHelp` was called from, else the button. */
  onCloseAutoFocus: (event: Event) => void;
}

const HelpContext = createContext<HelpContextValue | null>(null);

export function HelpProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const returnTo = useRef<HTMLElement | null>(null);
  const leaving = useRef(false);
  useEffect(() => {
    const timer = setTimeout(() => void loadHelpPanel(), 300);
    return () => clearTimeout(timer);
  }, []);
  const value = useMemo<HelpContextValue>(
    () => ({
      open,
      setOpen,
      openHelp: () => {
        returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        setOpen(true);
      },
      closeHelp: ({ returnFocus = true } = {}) => {
        leaving.current = !returnFocus;
        setOpen(false);
      },
      onCloseAutoFocus: (event) => {
        const target = returnTo.current;
        returnTo.current = null;
        if (leaving.current) {
          // Moving to another screen: the new screen's main takes focus, not the button left behind.
          leaving.current = false;
          event.preventDefault();
          document.getElementById('main')?.focus();
        } else if (target?.isConnected && target !== document.body) {
          event.preventDefault();
          target.focus();
        }
      },
    }),
    [open],
  );
  return <HelpContext value={value}>{children}</HelpContext>;
}

export function useHelp(): HelpContextValue {
  const value = useContext(HelpContext);
  if (!value) throw new Error('useHelp needs a HelpProvider');
  return value;
}

/** The help panel's controls where a HelpProvider exists (shared inputs can render without one, in tests). */
export function useOptionalHelp(): HelpContextValue | null {
  return useContext(HelpContext);
}

/**
 * "Get help now": the button in the header's top-right corner on every
 * screen, and the side sheet it opens.
 */
export function HelpButton() {
  const { open, setOpen, onCloseAutoFocus } = useHelp();
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className="help-button">
        <LifebuoyIcon className="help-button__icon" />
        <span>Get help now</span>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="sheet" aria-describedby={undefined} onCloseAutoFocus={onCloseAutoFocus}>
          <div className="sheet__header">
            <Dialog.Title className="sheet__title">Get help now</Dialog.Title>
            <Dialog.Close className="icon-button">
              <CloseIcon />
              <span className="visually-hidden">Close</span>
            </Dialog.Close>
          </div>
          <div className="sheet__body">
            <Suspense fallback={<HelpPanelLoading />}>
              <HelpPanel />
            </Suspense>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

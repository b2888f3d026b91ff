import * as Dialog from '@radix-ui/react-dialog';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { CloseIcon, LifebuoyIcon } from '../components/icons.js';
import { HelpPanel } from '../safety/HelpPanel.js';

interface HelpContextValue {
  open: boolean;
  setOpen: (open: boolean) => void;
  /** Opens the help panel from anywhere, for example when something written suggests danger. */
  openHelp: () => void;
}

const HelpContext = createContext<HelpContextValue | null>(null);

export function HelpProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const value = useMemo(() => ({ open, setOpen, openHelp: () => setOpen(true) }), [open]);
  return <HelpContext value={value}>{children}</HelpContext>;
}

export function useHelp(): HelpContextValue {
  const value = useContext(HelpContext);
  if (!value) throw new Error('useHelp needs a HelpProvider');
  return value;
}

/**
 * "Get help now": the button in the header's top-right corner on every
 * screen, and the side sheet it opens.
 */
export function HelpButton() {
  const { open, setOpen } = useHelp();
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className="help-button">
        <LifebuoyIcon className="help-button__icon" />
        <span>Get help now</span>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="sheet" aria-describedby={undefined}>
          <div className="sheet__header">
            <Dialog.Title className="sheet__title">Get help now</Dialog.Title>
            <Dialog.Close className="icon-button">
              <CloseIcon />
              <span className="visually-hidden">Close</span>
            </Dialog.Close>
          </div>
          <div className="sheet__body">
            <HelpPanel />
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

import type { SaveStatus } from '../data/autosave.js';

const WORDS: Record<SaveStatus, string> = {
  nothing: 'Saves as you write',
  saved: 'Saved',
  waiting: 'Saving…',
  saving: 'Saving…',
  retrying: 'Not saved yet, will retry. Your words are kept on this device.',
  stuck: 'Not saved. Your words are kept on this device.',
};

/** Where an editor's save loop is (data/autosave.ts), in a few quiet words. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  return (
    <p className="save-status unsaved-marker" data-status={status}>
      {WORDS[status]}
    </p>
  );
}

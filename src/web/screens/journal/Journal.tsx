import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ButtonLink } from '../../components/Button.js';
import { PageHeader } from '../../components/PageHeader.js';
import { RemovedNotice, type Removal } from '../attuning/Removed.js';
import { EntryList } from './EntryList.js';
import { JournalSearch } from './JournalSearch.js';
import { NudgeSetting } from './NudgeSetting.js';
import { PromptCard } from './PromptCard.js';
import '../../styles/attuning.css';
import { pathTo } from '../../../core/practices/catalogue.js';

/** The journal: write freely or from a prompt, find old entries, and read back what you wrote. */
export function JournalScreen() {
  const location = useLocation();
  const navigate = useNavigate();
  const [removal, setRemoval] = useState<Removal | null>(() => removalFrom(location.state));

  const closeRemoval = () => {
    setRemoval(null);
    void navigate('.', { replace: true, state: null });
  };

  return (
    <div className="attuning stack-xl">
      <PageHeader title="Journal" eyebrow="Attuning">
        <p>A private place to write, freely or from a prompt. Everything autosaves as you go.</p>
      </PageHeader>
      {removal && <RemovedNotice removal={removal} onClose={closeRemoval} onRestored={closeRemoval} />}
      <div className="journal-start">
        <section className="card stack" aria-labelledby="write-title">
          <h2 id="write-title" className="subsection-title">
            Start writing
          </h2>
          <p className="muted">No prompt, no shape. Whatever is here.</p>
          <div>
            <ButtonLink to={pathTo('journal', 'new')} variant="primary">
              Write freely
            </ButtonLink>
          </div>
        </section>
        <PromptCard />
      </div>
      <JournalSearch>
        <EntryList />
      </JournalSearch>
      <NudgeSetting />
    </div>
  );
}

function removalFrom(state: unknown): Removal | null {
  if (typeof state !== 'object' || state === null || !('removed' in state)) return null;
  const removed = state.removed;
  if (typeof removed !== 'object' || removed === null) return null;
  const id = 'id' in removed ? removed.id : undefined;
  const label = 'label' in removed ? removed.label : undefined;
  return typeof id === 'string' && typeof label === 'string' ? { id, label } : null;
}

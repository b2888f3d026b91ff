import { useId, useState } from 'react';
import { pickPrompt, type JournalPrompt } from '../../../core/attuning/prompts.js';
import { PILLARS, type PillarId } from '../../../core/pillars.js';
import { Button, ButtonLink } from '../../components/Button.js';
import { pathTo } from '../../../core/practices/catalogue.js';

/** A prompt to start from, from any HEARTS area or one of them. */
export function PromptCard() {
  const [pillar, setPillar] = useState<PillarId | ''>('');
  const [prompt, setPrompt] = useState<JournalPrompt>(() => pickPrompt({ random: Math.random }));
  const selectId = useId();
  const another = (from: PillarId | '') =>
    setPrompt((current) =>
      pickPrompt({ random: Math.random, excludeIds: [current.id], ...(from ? { pillar: from } : {}) }),
    );
  return (
    <section className="card stack" aria-labelledby="prompt-title">
      <h2 id="prompt-title" className="subsection-title">
        Or start from a prompt
      </h2>
      <div className="field">
        <label className="field__label" htmlFor={selectId}>
          Prompts from
        </label>
        <select
          id={selectId}
          className="input select"
          value={pillar}
          onChange={(event) => {
            const next = PILLARS.find((p) => p.id === event.target.value)?.id ?? '';
            setPillar(next);
            another(next);
          }}
        >
          <option value="">Any area</option>
          {PILLARS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <blockquote className="journal-prompt" aria-live="polite">
        {prompt.text}
      </blockquote>
      <div className="button-row">
        <ButtonLink
          to={`${pathTo('journal', 'new')}?prompt=${encodeURIComponent(prompt.id)}`}
          variant="secondary"
        >
          Write about this
        </ButtonLink>
        <Button variant="quiet" onClick={() => another(pillar)}>
          Another prompt
        </Button>
      </div>
    </section>
  );
}

import { useId, useMemo, useState } from 'react';
import {
  feelingsNear,
  findFeeling,
  regionLabel,
  regionOf,
  searchFeelings,
  type Feeling,
} from '../../../core/attuning/feelings.js';
import { Button } from '../../components/Button.js';
import { TextField } from '../../components/TextField.js';
import { Chip, ChipList, toggled } from '../attuning/Chips.js';
import type { PadPoint } from './pad.js';
import { RovingGroup } from './RovingGroup.js';

/** The most words one check-in holds. */
const MAX_FEELINGS = 12;

/** Step 2: the words for the point on the pad, or any word from the whole list, or one of the person's own. */
export function FeelingWords({
  point,
  chosen,
  onChange,
}: {
  point: PadPoint;
  chosen: string[];
  onChange: (feelings: string[]) => void;
}) {
  return (
    <section className="checkin-step stack" aria-labelledby="step-words">
      <h2 id="step-words" className="checkin-step__title">
        <span className="checkin-step__number">2</span> Which words fit?
      </h2>
      <FeelingWordPicker point={point} chosen={chosen} onChange={onChange} />
    </section>
  );
}

/**
 * The feeling-word picker, shared by the check-in and other practices: the
 * words for a point on the pad, any word from the whole list by search, and
 * (unless `ownWords` is off) one of the person's own. With `max` 1, choosing
 * a word replaces the one chosen.
 */
export function FeelingWordPicker({
  point,
  chosen,
  onChange,
  max = MAX_FEELINGS,
  ownWords = true,
}: {
  point: PadPoint;
  chosen: string[];
  onChange: (feelings: string[]) => void;
  max?: number;
  ownWords?: boolean;
}) {
  const region = regionLabel(regionOf(point.pleasantness, point.energy));
  const [query, setQuery] = useState('');
  const [lastTouched, setLastTouched] = useState<Feeling | null>(null);
  const results = useMemo(() => searchFeelings(query), [query]);
  const shown = query.trim() ? results : feelingsNear(point.pleasantness, point.energy);
  const shownWords = new Set(shown.map((f) => f.word));
  const others = chosen.filter((word) => !shownWords.has(word));
  const own = query.trim().replace(/\s+/g, ' ').slice(0, 60);
  const full = chosen.length >= max;
  const idBase = useId();

  const toggle = (word: string) => {
    const feeling = findFeeling(word);
    if (feeling && !chosen.includes(word)) setLastTouched(feeling);
    if (!chosen.includes(word) && full) {
      if (max === 1) onChange([word]);
      return;
    }
    onChange(toggled(chosen, word));
  };

  return (
    <div className="stack">
      <p className="muted">
        {query.trim()
          ? 'Words from across the whole list.'
          : `${region.label}: ${region.hint} ${max === 1 ? 'Pick one.' : 'Pick one or a few.'}`}
        <span className="visually-hidden"> Tab reaches the words; the arrow keys move between them.</span>
      </p>
      {others.length > 0 && (
        <RovingGroup>
          <ChipList label="Your chosen words">
            {others.map((word) => (
              <li key={word}>
                <Chip pressed onToggle={() => toggle(word)}>
                  {word}
                </Chip>
              </li>
            ))}
          </ChipList>
        </RovingGroup>
      )}
      <RovingGroup>
        <ChipList label="Feeling words">
          {shown.map((feeling) => (
            <li key={feeling.word}>
              <Chip
                pressed={chosen.includes(feeling.word)}
                onToggle={() => toggle(feeling.word)}
                describedBy={`${idBase}-${wordId(feeling.word)}`}
                title={feeling.meaning}
              >
                {feeling.word}
              </Chip>
              <span id={`${idBase}-${wordId(feeling.word)}`} hidden>
                {feeling.meaning}
              </span>
            </li>
          ))}
        </ChipList>
      </RovingGroup>
      {query.trim() && shown.length === 0 && <p className="muted">No word in Haven’s list matches that.</p>}
      {lastTouched && chosen.includes(lastTouched.word) && (
        <p className="feeling-meaning">
          <strong>{lastTouched.word}</strong>: {lastTouched.meaning}
        </p>
      )}
      {full && max === MAX_FEELINGS && (
        <p className="muted">That is twelve words, the most one check-in holds.</p>
      )}
      <div className="feeling-search">
        <TextField
          label="Look for another word"
          hint={ownWords ? 'Search all the words, or add one of your own.' : 'Search all the words.'}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
        {ownWords && own && !findFeeling(own) && !chosen.includes(own) && !full && (
          <div>
            <Button
              small
              onClick={() => {
                onChange([...chosen, own]);
                setQuery('');
              }}
            >
              Add “{own}” as my own word
            </Button>
          </div>
        )}
      </div>
    </div>
  );
}

const wordId = (word: string) => word.replace(/[^a-z]+/gi, '-');

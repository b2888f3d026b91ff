import { useId, useRef, useState, type ReactNode, type SubmitEvent } from 'react';
import type { ProfileItemPayload } from '../../../core/attuning/kinds.js';
import {
  BOUNDARY_STANCES,
  BOUNDARY_STANCE_LABELS,
  duplicateIn,
  duplicateMessage,
  type BoundaryStance,
  type ProfileEntry,
  type ProfileSection,
  type ProfileSectionId,
} from '../../../core/attuning/profile.js';
import { ProblemError } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../components/useAction.js';
import { useRecordChanges, type Kept } from '../../data/records.js';
import { ItemList } from '../attuning/ItemList.js';
import { addedOrChanged } from '../attuning/dates.js';

/** What the "add" field of each section is called. */
const ADD_LABEL: Readonly<Record<ProfileSectionId, string>> = {
  values: 'Add a value',
  needs: 'Add a need',
  desires: 'Add a desire',
  interests: 'Add an interest',
  likes: 'Add something you like',
  dislikes: 'Add something you dislike',
  boundaries: 'Add a boundary',
};

const IDEAS_SHOWN = 8;

/** The items as the duplicate rule sees them. */
const entries = (items: readonly Kept<'profile_item'>[]): ProfileEntry[] =>
  items.map((item) => ({ id: item.record.id, section: item.payload.section, text: item.payload.text }));

/** Stops before sending when these words are already kept in the section (core's rule); says so by the field. */
function refuseDuplicate(
  items: readonly Kept<'profile_item'>[],
  candidate: { section: ProfileSectionId; text: string },
  exceptId?: string,
): void {
  const existing = duplicateIn(entries(items), candidate, exceptId);
  if (!existing) return;
  const message = duplicateMessage(existing);
  // Editing, the message also sits by the field; adding, the summary above the field says it once.
  throw ProblemError.invalid(message, exceptId ? [{ path: 'text', message }] : []);
}

/** One section of the profile: what the person keeps there, in their words, each with its date. */
export function ProfileSectionCard({
  section,
  items,
}: {
  section: ProfileSection;
  items: Kept<'profile_item'>[];
}) {
  const [stance, setStance] = useState<BoundaryStance>('not-okay');
  const boundaries = section.id === 'boundaries';

  return (
    <Card
      as="section"
      id={section.id}
      tabIndex={-1}
      aria-labelledby={`${section.id}-title`}
      className="stack profile-section"
    >
      <h2 id={`${section.id}-title`} className="section-title">
        {section.heading}
      </h2>
      <p className="muted">{section.description}</p>
      <ItemList
        kind="profile_item"
        items={items}
        toPayload={(text): ProfileItemPayload => {
          refuseDuplicate(items, { section: section.id, text });
          return { section: section.id, text, ...(boundaries ? { stance } : {}) };
        }}
        addLabel={ADD_LABEL[section.id]}
        addExtra={
          boundaries && <StancePicker value={stance} onChange={setStance} legend="New boundaries are" />
        }
        empty="Nothing here yet. Add your own, or pick an idea below."
        ideas={section.suggestions}
        ideasShown={IDEAS_SHOWN}
        renderItem={(item, remove) => <ProfileItem item={item} remove={remove} siblings={items} />}
      />
    </Card>
  );
}

function StancePicker({
  value,
  onChange,
  legend,
}: {
  value: BoundaryStance;
  onChange: (stance: BoundaryStance) => void;
  legend: string;
}) {
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend className="segmented__legend">{legend}</legend>
      <div className="segmented__options">
        {BOUNDARY_STANCES.map((stance) => (
          <label key={stance} className="segmented__option">
            <input
              type="radio"
              name={name}
              value={stance}
              checked={value === stance}
              onChange={() => onChange(stance)}
            />
            <span>{BOUNDARY_STANCE_LABELS[stance]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** One item: its words, note, stance and date, editable in place. */
function ProfileItem({
  item,
  remove,
  siblings,
}: {
  item: Kept<'profile_item'>;
  remove: ReactNode;
  siblings: readonly Kept<'profile_item'>[];
}) {
  const changes = useRecordChanges();
  const save = useAction();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.payload.text);
  const [note, setNote] = useState(item.payload.note ?? '');
  const [stance, setStance] = useState<BoundaryStance>(item.payload.stance ?? 'not-okay');
  const editRef = useRef<HTMLButtonElement>(null);
  const boundary = item.payload.section === 'boundaries';

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const payload: ProfileItemPayload = {
      section: item.payload.section,
      text: text.trim(),
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(boundary ? { stance } : {}),
    };
    const result = await save.run(() => {
      refuseDuplicate(siblings, payload, item.record.id);
      return changes.update(item.record.id, { payload });
    });
    if (result.ok) {
      setEditing(false);
      window.setTimeout(() => editRef.current?.focus());
    }
  };

  if (editing) {
    return (
      <form className="stack-s item-edit" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary problem={save.problem} />
        <TextField
          label="In your words"
          value={text}
          maxLength={300}
          error={save.fieldError('text')}
          onChange={(event) => setText(event.target.value)}
          autoFocus
        />
        <TextArea
          label="A note (optional)"
          rows={2}
          maxLength={1000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        {boundary && <StancePicker value={stance} onChange={setStance} legend="This is" />}
        <div className="button-row">
          <Button type="submit" variant="primary" small busy={save.pending}>
            Save
          </Button>
          <Button
            small
            variant="quiet"
            onClick={() => {
              setEditing(false);
              setText(item.payload.text);
              setNote(item.payload.note ?? '');
              window.setTimeout(() => editRef.current?.focus());
            }}
          >
            Cancel
          </Button>
        </div>
      </form>
    );
  }

  return (
    <>
      <div className="item-list__text">
        <p className="item-list__main">
          {item.payload.text}
          {item.payload.stance && (
            <span className={`stance stance--${item.payload.stance}`}>
              {BOUNDARY_STANCE_LABELS[item.payload.stance]}
            </span>
          )}
        </p>
        {item.payload.note && <p className="item-list__note">{item.payload.note}</p>}
        <p className="item-list__meta">{addedOrChanged(item.record)}</p>
      </div>
      <div className="item-list__actions">
        <Button ref={editRef} small variant="quiet" onClick={() => setEditing(true)}>
          Edit<span className="visually-hidden"> “{item.payload.text}”</span>
        </Button>
        {remove}
      </div>
    </>
  );
}

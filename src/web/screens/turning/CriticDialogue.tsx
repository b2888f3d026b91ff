import { useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { pathTo } from '../../../core/practices/catalogue.js';
import type { PayloadInput } from '../../../core/records/registry.js';
import {
  CRITIC_NAME_IDEAS,
  CRITIC_QUESTIONS,
  FEAR_IDS,
  FEAR_LABELS,
  intentionQuestion,
  translationShape,
  type CriticQuestionId,
} from '../../../core/turning/critic.js';
import type { CriticDialoguePayload } from '../../../core/turning/kinds.js';
import { useDrafts } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { InlineError } from '../../components/InlineError.js';
import { PageHeader } from '../../components/PageHeader.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import { useAllRecords, type Kept } from '../../data/records.js';
import { Chip, ChipList } from '../attuning/Chips.js';
import { NewOrSaved, useStartFrom } from './opened.js';
import { SaveStatusLine } from '../../components/SaveStatusLine.js';
import { useAutosaved } from '../../data/useAutosaved.js';
import '../../styles/attuning.css';
import '../../styles/turning.css';

const fieldsShape = z.object({
  critic: z.string(),
  says: z.string(),
  when: z.string(),
  wants: z.string(),
  fears: z.array(z.enum(FEAR_IDS)),
  fearNote: z.string(),
  protects: z.string(),
  needs: z.string(),
  asks: z.array(z.object({ question: z.string(), answer: z.string() })),
  intention: z.string(),
  translation: z.string(),
});
type Fields = z.infer<typeof fieldsShape>;
const parse = (value: unknown) => fieldsShape.safeParse(value).data;

const EMPTY: Fields = {
  critic: '',
  says: '',
  when: '',
  wants: '',
  fears: [],
  fearNote: '',
  protects: '',
  needs: '',
  asks: [],
  intention: '',
  translation: '',
};

function fromPayload(p: CriticDialoguePayload): Fields {
  return {
    critic: p.critic ?? '',
    says: p.says,
    when: p.when ?? '',
    wants: p.wants ?? '',
    fears: [...p.fears],
    fearNote: p.fearNote ?? '',
    protects: p.protects ?? '',
    needs: p.needs ?? '',
    asks: p.asks.map((a) => ({ ...a })),
    intention: p.intention ?? '',
    translation: p.translation ?? '',
  };
}

function toPayload(f: Fields): PayloadInput<'critic_dialogue'> {
  const opt = (key: 'when' | 'wants' | 'fearNote' | 'protects' | 'needs' | 'intention' | 'translation') =>
    f[key].trim() ? { [key]: f[key] } : {};
  return {
    ...(f.critic.trim() ? { critic: f.critic.trim().slice(0, 80) } : {}),
    says: f.says,
    fears: f.fears,
    asks: f.asks.filter((a) => a.answer.trim()),
    ...opt('when'),
    ...opt('wants'),
    ...opt('fearNote'),
    ...opt('protects'),
    ...opt('needs'),
    ...opt('intention'),
    ...opt('translation'),
  };
}

/** Steps: the six questions (1 to 6), finding the intention (7), the translation (8). */
const INTENTION_STEP = CRITIC_QUESTIONS.length + 1;
const TRANSLATION_STEP = INTENTION_STEP + 1;

function reachedIn(f: Fields): number {
  if (f.intention.trim()) return TRANSLATION_STEP;
  if (f.asks.length > 0) return INTENTION_STEP;
  const answered = CRITIC_QUESTIONS.map((q) =>
    q.id === 'fears' ? f.fears.length > 0 || Boolean(f.fearNote.trim()) : Boolean(f[q.id].trim()),
  );
  return Math.max(1, answered.lastIndexOf(true) + 1);
}

/** `/inner-critic/new` and `/inner-critic/:id`: one route, so the first save never remounts the dialogue. */
export function CriticDialogueScreen() {
  return (
    <NewOrSaved
      param="dialogueId"
      kind="critic_dialogue"
      title="A dialogue with your critic"
      eyebrow="Inner critic"
      back={{ to: pathTo('inner-critic'), label: 'Back to your library' }}
      fresh={(userId) => <NewDialogue userId={userId} />}
      saved={(kept, userId) => <SavedDialogue kept={kept} userId={userId} />}
    />
  );
}

function NewDialogue({ userId }: { userId: string }) {
  const drafts = useDrafts();
  const [start] = useState(() => {
    const draft = drafts.read(userId, 'critic_dialogue.new', parse);
    return { id: null, fields: draft?.value ?? EMPTY, restored: Boolean(draft) };
  });
  return <Dialogue start={start} userId={userId} />;
}

function SavedDialogue({ kept, userId }: { kept: Kept<'critic_dialogue'>; userId: string }) {
  const start = useStartFrom(kept, userId, fromPayload, parse);
  return <Dialogue start={start} userId={userId} />;
}

function Dialogue({
  start,
  userId,
}: {
  start: { id: string | null; fields: Fields; restored: boolean };
  userId: string;
}) {
  const navigate = useNavigate();
  const { fields, change, status, stuck, saver } = useAutosaved({
    kind: 'critic_dialogue',
    userId,
    start,
    toPayload,
    isEmpty: (f) => !f.says.trim(),
    onCreated: (id) => window.history.replaceState(window.history.state, '', pathTo('inner-critic', id)),
  });
  const [reached, setReached] = useState(() => reachedIn(start.fields));
  const [missing, setMissing] = useState<string | null>(null);
  const critic = fields.critic.trim();

  const next = () => {
    if (!fields.says.trim()) {
      setMissing('Write what the critic says first: its words stay in view as you go on.');
      return;
    }
    setMissing(null);
    const to = reached + 1;
    if (to === INTENTION_STEP && fields.asks.length === 0) {
      change({ asks: [{ question: intentionQuestion(0), answer: '' }] });
    }
    setReached(to);
  };

  const finish = async () => {
    await saver.flush();
    void navigate(pathTo('inner-critic'));
  };

  const question = (id: CriticQuestionId, children: ReactNode, step: number) => {
    if (step > reached) return null;
    const q = CRITIC_QUESTIONS.find((c) => c.id === id);
    if (!q) return null;
    return (
      <Card as="section" aria-labelledby={`q-${id}`} className="stack critic-step">
        <h2 id={`q-${id}`} className="subsection-title">
          <span className="critic-step__number" aria-hidden="true">
            {step}
          </span>{' '}
          {q.question}
        </h2>
        <p className="muted">{q.hint}</p>
        {children}
      </Card>
    );
  };

  const text = (id: 'when' | 'wants' | 'protects' | 'needs', label: string) => (
    <TextArea
      label={label}
      rows={3}
      maxLength={1000}
      value={fields[id]}
      onChange={(event) => change({ [id]: event.target.value })}
    />
  );

  return (
    <div className="turning stack-l">
      <p>
        <Link to={pathTo('inner-critic')}>Back to your library</Link>
      </p>
      <PageHeader
        title={critic ? `A dialogue with ${critic}` : 'A dialogue with your critic'}
        eyebrow="Inner critic"
      >
        <p>Take it slowly. You can stop at any question and come back; it saves as you write.</p>
      </PageHeader>
      {start.restored && (
        <p className="turning-note">Haven brought back what you were writing on this device.</p>
      )}
      <SaveStatusLine status={status} />
      {stuck && <InlineError>{stuck.title}</InlineError>}

      <aside className="critic-words" aria-label="What your critic says">
        <p className="critic-words__label">{critic ? `${capitalise(critic)} says` : 'Your critic says'}</p>
        {fields.says.trim() ? (
          <blockquote className="critic-words__quote">{fields.says}</blockquote>
        ) : (
          <p className="muted">Its words will stay here while you talk with it.</p>
        )}
      </aside>

      <Card as="section" aria-labelledby="q-says" className="stack critic-step">
        <h2 id="q-says" className="subsection-title">
          <span className="critic-step__number" aria-hidden="true">
            1
          </span>{' '}
          What does the critic say?
        </h2>
        <TextArea
          label="Its words"
          hint="In its own words, the way you hear it. It often speaks as “you”."
          rows={3}
          maxLength={2000}
          value={fields.says}
          onChange={(event) => {
            setMissing(null);
            change({ says: event.target.value });
          }}
        />
        <CriticName value={fields.critic} onChange={(name) => change({ critic: name })} />
      </Card>

      {question('when', text('when', 'When it shows up'), 2)}
      {question('wants', text('wants', 'What it wants for you'), 3)}
      {question(
        'fears',
        <>
          <ChipList label="What it fears">
            {FEAR_IDS.map((fear) => (
              <li key={fear}>
                <Chip
                  pressed={fields.fears.includes(fear)}
                  onToggle={() =>
                    change({
                      fears: fields.fears.includes(fear)
                        ? fields.fears.filter((f) => f !== fear)
                        : [...fields.fears, fear],
                    })
                  }
                >
                  {FEAR_LABELS[fear]}
                </Chip>
              </li>
            ))}
          </ChipList>
          <TextArea
            label="In your words"
            rows={2}
            maxLength={1000}
            value={fields.fearNote}
            onChange={(event) => change({ fearNote: event.target.value })}
          />
        </>,
        4,
      )}
      {question('protects', text('protects', 'How it has tried to protect you'), 5)}
      {question('needs', text('needs', 'What it needs from you'), 6)}

      {reached >= INTENTION_STEP && (
        <Intention fields={fields} change={change} onFound={() => setReached(TRANSLATION_STEP)} />
      )}
      {reached >= TRANSLATION_STEP && (
        <Translation fields={fields} change={change} onDone={() => void finish()} />
      )}

      {reached < INTENTION_STEP && (
        <div className="button-row critic-next">
          <Button variant="primary" onClick={next}>
            Next question
          </Button>
          {missing && <InlineError>{missing}</InlineError>}
        </div>
      )}
    </div>
  );
}

function CriticName({ value, onChange }: { value: string; onChange: (name: string) => void }) {
  const dialogues = useAllRecords('critic_dialogue');
  const known = [
    ...new Set(
      (dialogues.data ?? []).map((d) => d.payload.critic?.trim()).filter((n): n is string => Boolean(n)),
    ),
  ];
  const ideas = [
    ...known,
    ...CRITIC_NAME_IDEAS.filter((idea) => !known.some((k) => k.toLowerCase() === idea)),
  ];
  return (
    <div className="stack-s">
      <TextField
        label="A name for this critic, if you like"
        maxLength={80}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <ChipList label="Names">
        {ideas.slice(0, 8).map((idea) => (
          <li key={idea}>
            <Chip pressed={value.trim().toLowerCase() === idea.toLowerCase()} onToggle={() => onChange(idea)}>
              {idea}
            </Chip>
          </li>
        ))}
      </ChipList>
    </div>
  );
}

type Change = (patch: Partial<Fields>) => void;

/** Asking, and asking again, until its positive intention has a name. */
function Intention({ fields, change, onFound }: { fields: Fields; change: Change; onFound: () => void }) {
  const found = fields.intention.trim().length > 0;
  const last = fields.asks.length - 1;
  const setAnswer = (index: number, answer: string) =>
    change({ asks: fields.asks.map((a, i) => (i === index ? { ...a, answer } : a)) });
  return (
    <Card as="section" aria-labelledby="q-intention" className="stack critic-step">
      <h2 id="q-intention" className="subsection-title">
        <span className="critic-step__number" aria-hidden="true">
          {INTENTION_STEP}
        </span>{' '}
        Its positive intention
      </h2>
      <p className="muted">
        Under the harsh words there is usually something it wants for you. Keep asking until it feels true;
        there is no hurry.
      </p>
      <ol className="stack critic-asks">
        {fields.asks.map((ask, index) => (
          <li key={index}>
            <TextArea
              label={ask.question}
              rows={2}
              maxLength={1000}
              value={ask.answer}
              onChange={(event) => setAnswer(index, event.target.value)}
            />
          </li>
        ))}
      </ol>
      {found ? (
        <div className="stack-s">
          <TextArea
            label="Its intention for you, in your words"
            rows={2}
            maxLength={1000}
            value={fields.intention}
            onChange={(event) => change({ intention: event.target.value })}
          />
        </div>
      ) : (
        <div className="button-row">
          <Button
            variant="primary"
            onClick={() => {
              const answer = fields.asks[last]?.answer.trim();
              if (!answer) return;
              change({ intention: answer });
              onFound();
            }}
          >
            Yes, that is its intention
          </Button>
          <Button
            onClick={() =>
              change({
                asks: [...fields.asks, { question: intentionQuestion(fields.asks.length), answer: '' }],
              })
            }
          >
            Ask again
          </Button>
        </div>
      )}
    </Card>
  );
}

function Translation({ fields, change, onDone }: { fields: Fields; change: Change; onDone: () => void }) {
  return (
    <Card as="section" aria-labelledby="q-translation" className="stack critic-step">
      <h2 id="q-translation" className="subsection-title">
        <span className="critic-step__number" aria-hidden="true">
          {TRANSLATION_STEP}
        </span>{' '}
        Say it the way a kind friend would
      </h2>
      <p className="muted">
        The same care, without the harshness. “You should have…” might become “I care about…, and next time I
        could…”. Your own words work best.
      </p>
      {!fields.translation.trim() && (
        <div className="button-row">
          <Button small onClick={() => change({ translation: translationShape(fields.intention) })}>
            Start from that shape
          </Button>
        </div>
      )}
      <TextArea
        label="Said kindly"
        rows={3}
        maxLength={2000}
        value={fields.translation}
        onChange={(event) => change({ translation: event.target.value })}
      />
      <div className="button-row">
        <Button variant="primary" onClick={onDone}>
          Keep it in my library
        </Button>
      </div>
    </Card>
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

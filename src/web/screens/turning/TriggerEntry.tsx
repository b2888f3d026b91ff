import { useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { BODY_REGIONS, SENSATIONS } from '../../../core/attuning/body.js';
import { FEELINGS, searchFeelings } from '../../../core/attuning/feelings.js';
import { senseInfo } from '../../../core/attuning/soothing.js';
import { pathTo } from '../../../core/practices/catalogue.js';
import {
  FAMILIAR_STORIES,
  REAPPRAISAL_EXAMPLES,
  SETTLING_PRACTICES,
  type RegulationWay,
} from '../../../core/turning/stories.js';
import { toProblem, type ProblemError } from '../../api/client.js';
import { useSignedInUser } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { Checkbox } from '../../components/Checkbox.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { InlineError } from '../../components/InlineError.js';
import { PageHeader } from '../../components/PageHeader.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import { useAllRecords, useRecordChanges, type Kept } from '../../data/records.js';
import { Chip, ChipList, toggled } from '../attuning/Chips.js';
import { ArousalScale } from './Arousal.js';
import { CriticEcho } from './CriticEcho.js';
import { FreshRecord, useStartFrom } from './opened.js';
import { SaveStatusLine } from '../../components/SaveStatusLine.js';
import { triggerFields, triggerFieldsShape, triggerPayload, type TriggerFields } from './triggerFields.js';
import { useAutosaved } from '../../data/useAutosaved.js';
import '../../styles/attuning.css';
import '../../styles/turning.css';

const BACK = { to: pathTo('trigger-log'), label: 'Back to your trigger log' };

/** One trigger log, opened to complete: everything after the quick line, saved as it is written. */
export function TriggerEntryScreen() {
  const { triggerId = '' } = useParams();
  const user = useSignedInUser();
  return (
    <FreshRecord
      key={triggerId}
      id={triggerId}
      kind="trigger"
      title="A trigger log"
      eyebrow="Trigger log"
      back={BACK}
    >
      {(kept) => <OpenedTrigger kept={kept} userId={user.id} />}
    </FreshRecord>
  );
}

const parse = (value: unknown) => triggerFieldsShape.safeParse(value).data;

function OpenedTrigger({ kept, userId }: { kept: Kept<'trigger'>; userId: string }) {
  const start = useStartFrom(kept, userId, triggerFields, parse);
  const location = useLocation();
  const justLogged = (location.state as { justLogged?: boolean } | null)?.justLogged === true;
  const navigate = useNavigate();
  const changes = useRecordChanges();
  const editor = useAutosaved({
    kind: 'trigger',
    userId,
    start,
    toPayload: triggerPayload,
    isEmpty: (f) => !f.what.trim(),
  });
  const { fields, change, status, stuck, saver } = editor;
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState<{ pending: boolean; problem: ProblemError | null }>({
    pending: false,
    problem: null,
  });

  const breathe = async () => {
    await saver.flush();
    void navigate(`${pathTo('breathing')}?trigger=${kept.record.id}&minutes=1`);
  };

  const remove = async () => {
    setDeleting({ pending: true, problem: null });
    try {
      saver.cancel();
      await changes.remove('trigger', kept.record.id);
      void navigate(pathTo('trigger-log'));
    } catch (error) {
      setDeleting({ pending: false, problem: toProblem(error) });
    }
  };

  return (
    <div className="turning stack-l">
      <p>
        <Link to={BACK.to}>{BACK.label}</Link>
      </p>
      <PageHeader title="A trigger log" eyebrow="Trigger log">
        <p>
          Logged{' '}
          {new Date(kept.record.occurredAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}
        </p>
      </PageHeader>
      {justLogged && (
        <p className="turning-note" role="status">
          Logged. That is enough for now. If it helps, you could breathe for a minute, and add the rest here
          whenever you are ready.
        </p>
      )}
      {start.restored && (
        <p className="turning-note">Haven brought back what you were writing on this device.</p>
      )}
      <div className="turning-bar">
        <SaveStatusLine status={status} />
        <Button variant="primary" onClick={() => void breathe()}>
          Breathe for a minute
        </Button>
      </div>
      {stuck && <InlineError>{stuck.title}</InlineError>}

      <Section id="t-what" title="What happened">
        <TextArea
          label="What happened?"
          rows={3}
          maxLength={2000}
          value={fields.what}
          onChange={(event) => change({ what: event.target.value })}
        />
        <ArousalScale
          legend="How stirred up were you, at first?"
          value={fields.arousalBefore}
          onChange={(value) => value !== undefined && change({ arousalBefore: value })}
        />
      </Section>

      <Section id="t-story" title="The story your mind told">
        <p className="muted">Minds often reach for a familiar story. Do any of these sound like yours?</p>
        <ChipList label="Familiar stories">
          {FAMILIAR_STORIES.map((story) => (
            <li key={story.id}>
              <Chip
                pressed={fields.stories.includes(story.id)}
                onToggle={() =>
                  change({
                    stories: fields.stories.includes(story.id)
                      ? fields.stories.filter((s) => s !== story.id)
                      : [...fields.stories, story.id],
                  })
                }
              >
                {story.text}
              </Chip>
            </li>
          ))}
        </ChipList>
        <TextArea
          label="The story in your own words"
          rows={2}
          maxLength={1000}
          value={fields.ownStory}
          onChange={(event) => change({ ownStory: event.target.value })}
        />
        <CriticEcho text={fields.ownStory} />
      </Section>

      <Section id="t-feel" title="What you felt, and where">
        <FeelingPicker chosen={fields.feelings} onChange={(feelings) => change({ feelings })} />
        <details
          className="turning-details"
          open={fields.regions.length + fields.sensations.length > 0 || undefined}
        >
          <summary>Where in your body, and how it felt</summary>
          <div className="stack-s">
            <ChipList label="Where in your body">
              {BODY_REGIONS.map((region) => (
                <li key={region.id}>
                  <Chip
                    pressed={fields.regions.includes(region.id)}
                    onToggle={() => change({ regions: toggled(fields.regions, region.id) })}
                  >
                    {region.label}
                  </Chip>
                </li>
              ))}
            </ChipList>
            <ChipList label="How it felt in your body">
              {SENSATIONS.map((sensation) => (
                <li key={sensation.id}>
                  <Chip
                    pressed={fields.sensations.includes(sensation.id)}
                    onToggle={() => change({ sensations: toggled(fields.sensations, sensation.id) })}
                  >
                    {sensation.label}
                  </Chip>
                </li>
              ))}
            </ChipList>
          </div>
        </details>
      </Section>

      <Section id="t-settle" title="What you did to settle">
        <Settling fields={fields} change={change} />
        <ArousalScale
          legend="How stirred up are you now?"
          optional
          value={fields.arousalAfter}
          onChange={(arousalAfter) =>
            change(arousalAfter === undefined ? { arousalAfter: undefined } : { arousalAfter })
          }
        />
      </Section>

      <Reappraisal fields={fields} change={change} />

      <Section id="t-learned" title="What you learned">
        <TextArea
          label="Anything you noticed or learned, for another time"
          rows={3}
          maxLength={2000}
          value={fields.learned}
          onChange={(event) => change({ learned: event.target.value })}
        />
        <CriticEcho text={fields.learned} />
      </Section>

      <div className="button-row">
        <Link to={BACK.to}>Done for now</Link>
        <Button variant="quiet" onClick={() => setConfirming(true)}>
          Delete this log
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Delete this log?"
        description={<p>It moves to the trash in your settings, where you can bring it back.</p>}
        confirmLabel="Delete this log"
        pending={deleting.pending}
        problem={deleting.problem}
        onConfirm={() => void remove()}
      />
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Card as="section" aria-labelledby={id} className="stack">
      <h2 id={id} className="subsection-title">
        {title}
      </h2>
      {children}
    </Card>
  );
}

/** Feeling words from the check-in's vocabulary: the harder ones first, any of them by search. */
function FeelingPicker({ chosen, onChange }: { chosen: string[]; onChange: (feelings: string[]) => void }) {
  const [query, setQuery] = useState('');
  const shown = useMemo(
    () =>
      query.trim()
        ? searchFeelings(query).slice(0, 24)
        : FEELINGS.filter((f) => f.quadrant.startsWith('unpleasant')).slice(0, 24),
    [query],
  );
  const shownWords = new Set(shown.map((f) => f.word));
  const others = chosen.filter((word) => !shownWords.has(word));
  return (
    <div className="stack-s">
      <TextField
        type="search"
        label="Find a feeling word"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <ChipList label="Feeling words">
        {[...others.map((word) => ({ word, meaning: undefined })), ...shown].map((feeling) => (
          <li key={feeling.word}>
            <Chip
              pressed={chosen.includes(feeling.word)}
              title={feeling.meaning}
              onToggle={() => onChange(toggled(chosen, feeling.word).slice(0, 12))}
            >
              {feeling.word}
            </Chip>
          </li>
        ))}
      </ChipList>
    </div>
  );
}

type Change = (patch: Partial<TriggerFields>) => void;

/** Ways of settling: the soothing kit, breathing, a practice, or the person's own. */
function Settling({ fields, change }: { fields: TriggerFields; change: Change }) {
  const kit = useAllRecords('soothing_item');
  const [own, setOwn] = useState('');
  const has = (way: RegulationWay, text: string) =>
    fields.regulated.some((r) => r.way === way && r.text === text);
  const toggle = (way: RegulationWay, text: string) =>
    change({
      regulated: has(way, text)
        ? fields.regulated.filter((r) => !(r.way === way && r.text === text))
        : [...fields.regulated, { way, text }],
    });
  const chip = (way: RegulationWay, text: string, from?: string) => (
    <li key={`${way}-${text}`}>
      <Chip pressed={has(way, text)} onToggle={() => toggle(way, text)}>
        {text}
        {from && <span className="chip__from"> · {from}</span>}
      </Chip>
    </li>
  );
  const ownOnes = fields.regulated.filter((r) => r.way === 'other');
  return (
    <div className="stack">
      <ChipList label="Ways of settling">
        {chip('breathing', 'Paced breathing')}
        {(kit.data ?? []).map((item) => chip('kit', item.payload.text, senseInfo(item.payload.sense).label))}
        {SETTLING_PRACTICES.map((practice) => chip('practice', practice))}
        {ownOnes.map((r) => chip('other', r.text))}
      </ChipList>
      {kit.data?.length === 0 && (
        <p className="muted">
          What you keep in your <Link to={pathTo('soothing')}>soothing kit</Link> will show up here too.
        </p>
      )}
      <div className="turning-add">
        <TextField
          label="Something else"
          maxLength={300}
          value={own}
          onChange={(event) => setOwn(event.target.value)}
        />
        <Button
          onClick={() => {
            if (!own.trim() || has('other', own.trim())) return;
            change({ regulated: [...fields.regulated, { way: 'other', text: own.trim() }] });
            setOwn('');
          }}
        >
          Add
        </Button>
      </div>
    </div>
  );
}

/** "What else could be true right now?": as many readings as come, and the trying counts. */
function Reappraisal({ fields, change }: { fields: TriggerFields; change: Change }) {
  const r = fields.reappraisal;
  const set = (patch: Partial<NonNullable<TriggerFields['reappraisal']>>) =>
    change({ reappraisal: { readings: [], returnedToOldStory: false, ...r, ...patch } });
  return (
    <Section id="t-else" title="What else could be true right now?">
      <p className="muted">
        Not to argue with what you felt: only to leave room for other readings of what happened. Write as many
        or as few as come.
      </p>
      {r ? (
        <div className="stack">
          <ol className="turning-readings stack-s">
            {r.readings.map((reading, index) => (
              <li key={index}>
                <TextArea
                  label={`Another reading ${index + 1}`}
                  rows={2}
                  maxLength={500}
                  value={reading}
                  onChange={(event) =>
                    set({ readings: r.readings.map((old, i) => (i === index ? event.target.value : old)) })
                  }
                />
              </li>
            ))}
          </ol>
          <div className="button-row">
            <Button small onClick={() => set({ readings: [...r.readings, ''] })}>
              Add another reading
            </Button>
          </div>
          <details className="turning-details">
            <summary>Some gentle examples</summary>
            <ul className="turning-examples">
              {REAPPRAISAL_EXAMPLES.map((example) => (
                <li key={example}>{example}</li>
              ))}
            </ul>
          </details>
          <Checkbox
            label="My mind went back to the old story"
            hint="That happens, and it is fine. You tried, and that is kept too."
            checked={r.returnedToOldStory}
            onChange={(event) => set({ returnedToOldStory: event.target.checked })}
          />
        </div>
      ) : (
        <div className="button-row">
          <Button onClick={() => set({ readings: [''] })}>Try it</Button>
        </div>
      )}
    </Section>
  );
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { resourcesFor, type RegionResources } from '../../../core/safety/resources.js';
import {
  emptySafetyPlan,
  SAFETY_PLAN_SECTIONS,
  type SafetyPlan,
  type SafetyPlanSection,
} from '../../../core/safety/kinds.js';
import { useHelp } from '../../app/help.js';
import { useApi } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { PageHeader } from '../../components/PageHeader.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import { useToast } from '../../components/Toast.js';
import { useAction } from '../../components/useAction.js';
import { QueryBoundary } from '../../components/QueryBoundary.js';
import { recordKeys, SAFETY_PLAN_KEY } from '../../data/keys.js';
import { crisisLines, emergencyLines, EmergencyNumbers } from '../../safety/ContactList.js';
import { loadSafetyPlan, saveSafetyPlan, type StoredPlan } from '../../safety/plan.js';
import { useRegion } from '../../safety/region.js';
import '../../styles/safety.css';

/**
 * The person's safety plan: seven short lists in their own words, saved as
 * one record, editable any time and printable on one page.
 */
export function SafetyPlanScreen() {
  const api = useApi();
  const stored = useQuery({
    queryKey: SAFETY_PLAN_KEY,
    queryFn: ({ signal }) => loadSafetyPlan(api, signal),
  });
  return (
    <div className="safety-plan stack-xl">
      <PageHeader title="My safety plan" eyebrow="For hard moments">
        <p>
          A plan for when things get hard, written by you, ideally on a calmer day. Add to it, change it or
          leave parts empty: it is yours, and nothing here is required.
        </p>
      </PageHeader>
      <DangerNow />
      <QueryBoundary query={stored} loading="Opening your safety plan…">
        {(plan) => <PlanEditor stored={plan} />}
      </QueryBoundary>
    </div>
  );
}

/** The plan as this screen reads it; refreshed with every other view of the safety plan. */

function DangerNow() {
  const { openHelp } = useHelp();
  const [region] = useRegion();
  return (
    <Card tone="quiet" className="safety-plan__now stack-s">
      <p>
        If you are in danger right now, please <EmergencyNumbers resources={resourcesFor(region)} />. You can
        also talk to someone or try a short grounding exercise.
      </p>
      <div>
        <Button small onClick={openHelp}>
          Open “Get help now”
        </Button>
      </div>
    </Card>
  );
}

type PeopleSectionId = 'peopleToAsk' | 'professionals';
type LineSectionId = Exclude<SafetyPlanSection['id'], PeopleSectionId>;

interface LineItem {
  key: string;
  text: string;
}
interface PersonItem {
  key: string;
  name: string;
  contact: string;
}
type Draft = Record<LineSectionId, LineItem[]> & Record<PeopleSectionId, PersonItem[]>;

function isPeopleSection(id: SafetyPlanSection['id']): id is PeopleSectionId {
  return id === 'peopleToAsk' || id === 'professionals';
}

/** As in core's schema. */
const MAX_ITEMS = 30;
const MAX_LENGTH = 500;

function PlanEditor({ stored: initial }: { stored: StoredPlan | null }) {
  const api = useApi();
  const client = useQueryClient();
  const toast = useToast();
  const action = useAction();
  const [stored, setStored] = useState(initial);
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial?.plan ?? emptySafetyPlan()));
  const pendingFocus = useRef<string | null>(null);
  const focusAfterRender = useCallback((id: string) => {
    pendingFocus.current = id;
  }, []);
  const [region] = useRegion();

  const plan = toPlan(draft);
  const dirty = JSON.stringify(plan) !== JSON.stringify(stored?.plan ?? emptySafetyPlan());

  // After adding or removing a line, focus goes where the person's attention is.
  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const save = () => {
    void action
      .run(async () => {
        const saved = await saveSafetyPlan(api, stored?.id ?? null, plan);
        await client.invalidateQueries({ queryKey: recordKeys.kind('safety_plan') });
        return saved;
      })
      .then((result) => {
        if (!result.ok) return;
        setStored(result.value);
        setDraft(toDraft(result.value.plan));
        toast.show('Your safety plan is saved.', 'success');
      });
  };

  const status = !dirty
    ? stored
      ? 'Saved. You can come back and change it any time.'
      : 'Nothing written yet.'
    : stored
      ? 'You have changes that are not saved yet.'
      : 'Not saved yet.';

  return (
    <>
      <form
        className="safety-plan__editor stack-l"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
        noValidate
      >
        <ErrorSummary problem={action.problem} />
        {/*
          The plan's fields are about hard times by design: warning signs and
          reasons for living read as distress to any detector. They stay
          safety-aware, but 'gentle': no offer for mere heaviness (which would
          fire on nearly every line and teach people to ignore it), and an
          urgent reading shows a quieter, politely announced notice, since a
          person writing their plan may still be in danger right now.
        */}
        {SAFETY_PLAN_SECTIONS.map((section) =>
          section.people ? (
            <PeopleSection
              key={section.id}
              section={section}
              items={isPeopleSection(section.id) ? draft[section.id] : []}
              onChange={(items) => setDraft((d) => ({ ...d, [section.id]: items }))}
              onFocus={focusAfterRender}
            />
          ) : (
            <LineSection
              key={section.id}
              section={section}
              items={isPeopleSection(section.id) ? [] : draft[section.id]}
              onChange={(items) => setDraft((d) => ({ ...d, [section.id]: items }))}
              onFocus={focusAfterRender}
            />
          ),
        )}
        <div className="safety-plan__actions">
          <p className="safety-plan__status" role="status">
            {status}
          </p>
          <div className="button-row">
            <Button type="submit" variant="primary" busy={action.pending}>
              Save my plan
            </Button>
            <Button onClick={() => window.print()}>Print</Button>
          </div>
        </div>
      </form>
      <PrintedPlan plan={plan} region={region} />
    </>
  );
}

function LineSection({
  section,
  items,
  onChange,
  onFocus,
}: {
  section: SafetyPlanSection;
  items: LineItem[];
  onChange: (items: LineItem[]) => void;
  onFocus: (id: string) => void;
}) {
  const headingId = `${section.id}-heading`;
  const addId = `${section.id}-add`;
  return (
    <Card as="section" aria-labelledby={headingId} className="plan-section stack">
      <div className="stack-s">
        <h2 id={headingId} className="section-title">
          {section.heading}
        </h2>
        <p className="muted">{section.hint}</p>
      </div>
      {items.length > 0 && (
        <ol className="plan-section__items" role="list">
          {items.map((item, index) => (
            <li key={item.key} className="plan-item">
              {/* A one-line writing space that wraps and grows, so a long line stays readable on a phone. */}
              <TextArea
                id={itemId(section.id, item.key)}
                className="plan-item__line"
                label={`${section.heading}, ${index + 1}`}
                rows={1}
                value={item.text}
                maxLength={MAX_LENGTH}
                safetyAware="gentle"
                onChange={(event) =>
                  onChange(items.map((i) => (i.key === item.key ? { ...i, text: event.target.value } : i)))
                }
                onKeyDown={(event) => {
                  // Each line is one item: Enter starts the next one rather than a new paragraph.
                  if (event.key !== 'Enter' || event.shiftKey || items.length >= MAX_ITEMS) return;
                  event.preventDefault();
                  const key = newKey();
                  onChange([...items.slice(0, index + 1), { key, text: '' }, ...items.slice(index + 1)]);
                  onFocus(itemId(section.id, key));
                }}
              />
              <RemoveButton
                what={`${section.heading}, ${index + 1}`}
                onClick={() => {
                  const previous = items[index - 1];
                  onChange(items.filter((i) => i.key !== item.key));
                  onFocus(previous ? itemId(section.id, previous.key) : addId);
                }}
              />
            </li>
          ))}
        </ol>
      )}
      {items.length < MAX_ITEMS && (
        <div>
          <Button
            id={addId}
            small
            onClick={() => {
              const key = newKey();
              onChange([...items, { key, text: '' }]);
              onFocus(itemId(section.id, key));
            }}
          >
            {items.length === 0 ? 'Add one' : 'Add another'}
            <span className="visually-hidden"> to {section.heading}</span>
          </Button>
        </div>
      )}
    </Card>
  );
}

function PeopleSection({
  section,
  items,
  onChange,
  onFocus,
}: {
  section: SafetyPlanSection;
  items: PersonItem[];
  onChange: (items: PersonItem[]) => void;
  onFocus: (id: string) => void;
}) {
  const headingId = `${section.id}-heading`;
  const addId = `${section.id}-add`;
  const update = (key: string, change: Partial<PersonItem>) =>
    onChange(items.map((i) => (i.key === key ? { ...i, ...change } : i)));
  return (
    <Card as="section" aria-labelledby={headingId} className="plan-section stack">
      <div className="stack-s">
        <h2 id={headingId} className="section-title">
          {section.heading}
        </h2>
        <p className="muted">{section.hint}</p>
      </div>
      {items.length > 0 && (
        <ol className="plan-section__items" role="list">
          {items.map((item, index) => {
            const where = `${section.heading}, ${index + 1}`;
            return (
              <li key={item.key} className="plan-item plan-item--person">
                <div className="plan-item__person">
                  <TextField
                    id={itemId(section.id, item.key)}
                    label={
                      <>
                        Name<span className="visually-hidden">, {where}</span>
                      </>
                    }
                    value={item.name}
                    maxLength={MAX_LENGTH}
                    safetyAware="gentle"
                    onChange={(event) => update(item.key, { name: event.target.value })}
                  />
                  <TextField
                    id={`${itemId(section.id, item.key)}-contact`}
                    label={
                      <>
                        How to reach them <span className="field__optional">(optional)</span>
                        <span className="visually-hidden">, {where}</span>
                      </>
                    }
                    value={item.contact}
                    maxLength={MAX_LENGTH}
                    safetyAware={false}
                    onChange={(event) => update(item.key, { contact: event.target.value })}
                  />
                </div>
                <RemoveButton
                  what={where}
                  onClick={() => {
                    const previous = items[index - 1];
                    onChange(items.filter((i) => i.key !== item.key));
                    onFocus(previous ? itemId(section.id, previous.key) : addId);
                  }}
                />
              </li>
            );
          })}
        </ol>
      )}
      {items.length < MAX_ITEMS && (
        <div>
          <Button
            id={addId}
            small
            onClick={() => {
              const key = newKey();
              onChange([...items, { key, name: '', contact: '' }]);
              onFocus(itemId(section.id, key));
            }}
          >
            {items.length === 0 ? 'Add someone' : 'Add someone else'}
            <span className="visually-hidden"> to {section.heading}</span>
          </Button>
        </div>
      )}
    </Card>
  );
}

function RemoveButton({ what, onClick }: { what: string; onClick: () => void }) {
  return (
    <Button variant="quiet" small className="plan-item__remove" onClick={onClick}>
      Remove<span className="visually-hidden"> {what}</span>
    </Button>
  );
}

/** What prints: the plan as plain lists on one page, with the region's contacts at the foot. */
function PrintedPlan({ plan, region }: { plan: SafetyPlan; region: string }) {
  const resources = resourcesFor(region);
  return (
    <div className="safety-plan-print">
      <p className="safety-plan-print__title">My safety plan</p>
      <div className="safety-plan-print__sections">
        {SAFETY_PLAN_SECTIONS.map((section) => {
          const items =
            section.id === 'peopleToAsk' || section.id === 'professionals'
              ? plan[section.id].map((p) => (p.contact ? `${p.name}: ${p.contact}` : p.name))
              : plan[section.id];
          return (
            <section key={section.id} className="safety-plan-print__section">
              <p className="safety-plan-print__heading">{section.heading}</p>
              {items.length > 0 ? (
                <ul>
                  {items.map((item, index) => (
                    <li key={index}>{item}</li>
                  ))}
                </ul>
              ) : (
                <p className="safety-plan-print__empty">&nbsp;</p>
              )}
            </section>
          );
        })}
      </div>
      <div className="safety-plan-print__help">
        <p>
          If you are in danger right now, {emergencyWords(resources)}. To talk to someone:{' '}
          {crisisLines(resources)
            .map((c) => `${c.display} (${c.label})`)
            .join('; ')}
          .
        </p>
      </div>
    </div>
  );
}

function emergencyWords(resources: RegionResources): string {
  const numbers = emergencyLines(resources).map((line) => line.href.slice('tel:'.length));
  return `call your local emergency number${numbers.length > 0 ? `, ${numbers.join(' or ')}` : ''}`;
}

function itemId(section: string, key: string): string {
  return `plan-${section}-${key}`;
}

let keyCounter = 0;
function newKey(): string {
  keyCounter += 1;
  return `n${keyCounter}`;
}

function toDraft(plan: SafetyPlan): Draft {
  const lines = (list: string[]) => list.map((text) => ({ key: newKey(), text }));
  const people = (list: SafetyPlan['peopleToAsk']) =>
    list.map((p) => ({ key: newKey(), name: p.name, contact: p.contact ?? '' }));
  return {
    warningSigns: lines(plan.warningSigns),
    copingAlone: lines(plan.copingAlone),
    distractions: lines(plan.distractions),
    peopleToAsk: people(plan.peopleToAsk),
    professionals: people(plan.professionals),
    saferSurroundings: lines(plan.saferSurroundings),
    reasonsForLiving: lines(plan.reasonsForLiving),
  };
}

/** The plan as it would be saved: blank lines dropped, a contact with no name kept as the name. */
function toPlan(draft: Draft): SafetyPlan {
  const lines = (list: LineItem[]) => list.map((i) => i.text.trim()).filter((t) => t.length > 0);
  const people = (list: PersonItem[]) =>
    list.flatMap((p) => {
      const name = p.name.trim();
      const contact = p.contact.trim();
      if (!name && !contact) return [];
      if (!name) return [{ name: contact }];
      return [contact ? { name, contact } : { name }];
    });
  return {
    warningSigns: lines(draft.warningSigns),
    copingAlone: lines(draft.copingAlone),
    distractions: lines(draft.distractions),
    peopleToAsk: people(draft.peopleToAsk),
    professionals: people(draft.professionals),
    saferSurroundings: lines(draft.saferSurroundings),
    reasonsForLiving: lines(draft.reasonsForLiving),
  };
}

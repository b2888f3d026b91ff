import { hashKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { emptySafetyPlan, safetyPlanSchema, type SafetyPlan } from '../../../core/safety/kinds.js';
import { toProblem, type ProblemError } from '../../api/client.js';
import { useApi, useDrafts } from '../../app/session.js';
import { createAutosaver, statusAtStart, type SaveStatus } from '../../data/autosave.js';
import { recordKeys } from '../../data/keys.js';
import { planHasContent, saveSafetyPlan, type StoredPlan } from '../../safety/plan.js';
import { newerDraft, type Drafts } from '../../lib/drafts.js';
import { samePlan } from './lists.js';

export type { SaveStatus };

/** Where the editor starts: the saved plan, or words this device kept that the server does not have yet. */
export interface PlanStart {
  id: string | null;
  plan: SafetyPlan;
  /** The plan came back from this device, so it goes to the server at once. */
  restored: boolean;
}

export function planStart(stored: StoredPlan | null, userId: string, drafts: Drafts): PlanStart {
  const kept = drafts.read(userId, DRAFT_PLACE, parsePlan);
  const server = stored ? { updatedAt: stored.record.updatedAt, value: stored.payload } : undefined;
  const restored = newerDraft(server, kept, samePlan);
  const id = stored?.record.id ?? null;
  if (restored) return { id, plan: restored, restored: true };
  return { id, plan: stored?.payload ?? emptySafetyPlan(), restored: false };
}

export interface PlanAutosave {
  status: SaveStatus;
  /** Why the last save was refused, when trying again will not help by itself. */
  problem: ProblemError | null;
  /** Whether this device keeps what is not saved yet through a reload, not only while the page is open. */
  keptOnDevice: boolean;
  change: (plan: SafetyPlan) => void;
  /** Saves now rather than after a pause; resolves to how it went. */
  saveNow: () => Promise<SaveStatus>;
}

/**
 * The safety plan saves as it is written, as the journal does: kept on this
 * device at once, sent after a quiet moment, retried when the connection
 * fails, and sent one last time when the person leaves the screen. The first
 * save creates the plan, later ones update it, without remounting the editor.
 */
export function usePlanAutosave(start: PlanStart, userId: string): PlanAutosave {
  const api = useApi();
  const drafts = useDrafts();
  const client = useQueryClient();
  const [status, setStatus] = useState<SaveStatus>(() => planStatusAtStart(start));
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const [keptOnDevice, setKeptOnDevice] = useState(true);

  // Saves run one at a time, even one sent on leaving while the screen is opened again.
  const { mutateAsync: send } = useMutation({
    scope: { id: 'safety-plan' },
    mutationFn: ({ plan, id }: { plan: SafetyPlan; id: string | null }) =>
      // A plan created by a save still under way when this editor opened is updated, never created twice.
      saveSafetyPlan(api, id ?? client.getQueryData<StoredPlan | null>(PLAN_KEY)?.record.id ?? null, plan),
    onSuccess: (saved) => {
      // The editor and the help panel read this entry; other views of the plan refetch.
      client.setQueryData(PLAN_KEY, saved);
      void client.invalidateQueries({
        queryKey: recordKeys.kind('safety_plan'),
        predicate: (query) => query.queryHash !== hashKey(PLAN_KEY),
      });
    },
  });

  const [{ saver, latest }] = useState(() => {
    // The status as the saver last said, for "Save my plan" to read once its save is done.
    const latest = { status: planStatusAtStart(start) };
    const saver = createAutosaver<SafetyPlan>(
      { id: start.id, value: start.plan, dirty: start.restored },
      {
        save: async (plan, id) => (await send({ plan, id })).record.id,
        isEmpty: (plan) => !planHasContent(plan),
        keepDraft: (_id, plan) => setKeptOnDevice(drafts.write(userId, DRAFT_PLACE, plan)),
        dropDraft: () => drafts.clear(userId, DRAFT_PLACE),
        onStatus: (next, error) => {
          latest.status = next;
          setStatus(next);
          setProblem(next === 'stuck' ? toProblem(error) : null);
        },
      },
    );
    return { saver, latest };
  });

  // A restored plan goes to the server as soon as the editor opens; a return to the network retries at once.
  useEffect(() => {
    if (start.restored) void saver.flush();
    const online = () => void saver.flush();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      // One last try on leaving; what is still unsaved stays on this device and comes back when the plan reopens.
      void saver.dispose();
    };
  }, [saver, start.restored]);

  // Only when the words live in this page alone does closing or reloading it need a question first.
  const unsaved = status !== 'saved' && status !== 'nothing';
  useEffect(() => {
    if (!unsaved || keptOnDevice) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved, keptOnDevice]);

  return {
    status,
    problem,
    keptOnDevice,
    change: saver.change,
    saveNow: async () => {
      await saver.flush();
      return latest.status;
    },
  };
}

function planStatusAtStart(start: PlanStart): SaveStatus {
  return statusAtStart({ id: start.id, dirty: start.restored });
}

/** The plan as the editor and the help panel read it (`useLatestRecord('safety_plan')`). */
const PLAN_KEY = recordKeys.list('safety_plan', 'latest');

/** Where the plan's draft is kept among the person's drafts. */
const DRAFT_PLACE = 'safety-plan';

function parsePlan(value: unknown): SafetyPlan | undefined {
  const parsed = safetyPlanSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

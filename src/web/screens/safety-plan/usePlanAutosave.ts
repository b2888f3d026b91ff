import { hashKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { emptySafetyPlan, safetyPlanSchema, type SafetyPlan } from '../../../core/safety/kinds.js';
import { toProblem, type ProblemError } from '../../api/client.js';
import { useApi, useDrafts } from '../../app/session.js';
import { recordKeys, SAFETY_PLAN_KEY } from '../../data/keys.js';
import { planHasContent, saveSafetyPlan, type StoredPlan } from '../../safety/plan.js';
import type { Drafts } from '../../lib/drafts.js';
import { newerDraft } from '../attuning/drafts.js';
import { createAutosaver, type SaveStatus } from '../journal/autosave.js';
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
  const server = stored ? { updatedAt: stored.updatedAt, value: stored.plan } : undefined;
  const restored = newerDraft(server, kept, samePlan);
  const id = stored?.id ?? null;
  if (restored) return { id, plan: restored, restored: true };
  return { id, plan: stored?.plan ?? emptySafetyPlan(), restored: false };
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
  const [status, setStatus] = useState<SaveStatus>(() => statusAtStart(start));
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const [keptOnDevice, setKeptOnDevice] = useState(true);

  // Saves run one at a time, even one sent on leaving while the screen is opened again.
  const { mutateAsync: send } = useMutation({
    scope: { id: 'safety-plan' },
    mutationFn: ({ plan, id }: { plan: SafetyPlan; id: string | null }) =>
      // A plan created by a save still under way when this editor opened is updated, never created twice.
      saveSafetyPlan(api, id ?? client.getQueryData<StoredPlan | null>(SAFETY_PLAN_KEY)?.id ?? null, plan),
    onSuccess: (saved) => {
      // The editor and the help panel read this entry; other views of the plan refetch.
      client.setQueryData(SAFETY_PLAN_KEY, saved);
      void client.invalidateQueries({
        queryKey: recordKeys.kind('safety_plan'),
        predicate: (query) => query.queryHash !== hashKey(SAFETY_PLAN_KEY),
      });
    },
  });

  const [{ saver, latest }] = useState(() => {
    // The status as the saver last said, for "Save my plan" to read once its save is done.
    const latest = { status: statusAtStart(start) };
    const saver = createAutosaver<SafetyPlan>(
      { id: start.id, value: start.plan, dirty: start.restored },
      {
        save: async (plan, id) => (await send({ plan, id })).id,
        isEmpty: (plan) => !planHasContent(plan),
        keepDraft: (_id, plan) => setKeptOnDevice(drafts.write(userId, DRAFT_PLACE, plan)),
        dropDraft: () => drafts.clear(userId, DRAFT_PLACE),
        onStatus: (next, error) => {
          latest.status = next;
          setStatus(next);
          setProblem(next === 'stuck' ? toProblem(error) : null);
        },
        isPermanent: (error) => {
          const { status: code } = toProblem(error);
          return code >= 400 && code < 500 && ![401, 408, 429].includes(code);
        },
      },
    );
    return { saver, latest };
  });

  // How many times the editor is on screen: React may mount it twice in development.
  const mounted = useRef(0);

  // A restored plan goes to the server as soon as the editor opens; a return to the network retries at once.
  useEffect(() => {
    mounted.current += 1;
    if (start.restored) void saver.flush();
    const online = () => void saver.flush();
    window.addEventListener('online', online);
    return () => {
      mounted.current -= 1;
      window.removeEventListener('online', online);
      // One last try on leaving, and no retries after it: they could send an older plan over one
      // saved since. What is still unsaved stays on this device and comes back when the plan reopens.
      void saver.flush().then(() => {
        if (mounted.current === 0) saver.cancel();
      });
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

function statusAtStart(start: PlanStart): SaveStatus {
  return start.restored ? 'waiting' : start.id ? 'saved' : 'nothing';
}

/** Where the plan's draft is kept among the person's drafts. */
const DRAFT_PLACE = 'safety-plan';

function parsePlan(value: unknown): SafetyPlan | undefined {
  const parsed = safetyPlanSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

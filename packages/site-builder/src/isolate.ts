import type { ContentProblem, Snapshot } from '@qn/content';
import { AstroBuildError } from './astro.ts';
import { errorSummary, findCulprit, withoutRecord } from './culprit.ts';
import { narrowSnapshot } from './plan.ts';

/** Portals rendered by one Astro run, with the content they need. */
export interface Group {
  codes: string[];
  snapshot: Snapshot;
}

export interface FailedPortal {
  code: string;
  message: string;
}

export type IsolationStep =
  | { action: 'leave-out-record'; codes: string[]; problem: ContentProblem }
  | { action: 'leave-out-portal'; codes: string[]; portal: string; message: string }
  | { action: 'split'; codes: string[]; message: string }
  | { action: 'give-up'; codes: string[]; message: string };

export interface IsolateOptions<R> {
  /** Renders and publishes one group; throws AstroBuildError when Astro fails. */
  render(group: Group): Promise<R>;
  /** Runs at once. */
  concurrency: number;
  /** Extra runs allowed to isolate failures, so a failure that is not the content's cannot run forever. */
  retries: number;
  onStep?(step: IsolationStep): void;
}

export interface Isolated<R> {
  results: R[];
  failed: FailedPortal[];
  /** Records left out because their own page could not be rendered. */
  leftOut: ContentProblem[];
}

/**
 * Renders the groups, at most `concurrency` at once, and keeps one bad
 * record or portal from taking others down: a record whose page fails is
 * left out and its group retried; a portal whose other pages fail is
 * reported and the rest of its group retried; a failure Astro does not
 * attribute splits the group in halves until it is found. A failure before
 * any page is rendered (a compile error) is the same for every portal and
 * is thrown.
 */
export async function renderIsolated<R>(groups: readonly Group[], options: IsolateOptions<R>): Promise<Isolated<R>> {
  const queue = [...groups];
  const outcome: Isolated<R> = { results: [], failed: [], leftOut: [] };
  const running = new Set<Promise<void>>();
  let retries = options.retries;
  let fatal: { error: unknown } | null = null;

  const retry = (group: Group, step: IsolationStep, cost = 1): boolean => {
    if (retries < cost) return false;
    retries -= cost;
    options.onStep?.(step);
    queue.push(group);
    return true;
  };
  const giveUp = (codes: string[], message: string) => {
    options.onStep?.({ action: 'give-up', codes, message });
    outcome.failed.push(...codes.map((code) => ({ code, message })));
  };

  const handle = (group: Group, error: unknown) => {
    if (!(error instanceof AstroBuildError) || !error.rendering) {
      fatal ??= { error };
      return;
    }
    const message = errorSummary(error);
    const culprit = findCulprit(error, group.codes, group.snapshot);
    if (culprit.type === 'record') {
      const next = { codes: group.codes, snapshot: withoutRecord(group.snapshot, culprit) };
      if (retry(next, { action: 'leave-out-record', codes: group.codes, problem: culprit.problem })) outcome.leftOut.push(culprit.problem);
      else giveUp(group.codes, message);
    } else if (culprit.type === 'portal') {
      outcome.failed.push({ code: culprit.portal, message });
      const rest = group.codes.filter((code) => code !== culprit.portal);
      const step = { action: 'leave-out-portal', codes: group.codes, portal: culprit.portal, message } as const;
      if (rest.length > 0 && !retry({ codes: rest, snapshot: narrowSnapshot(group.snapshot, rest) }, step)) giveUp(rest, message);
      else if (rest.length === 0) options.onStep?.(step);
    } else if (group.codes.length > 1 && retries >= 2) {
      const half = Math.ceil(group.codes.length / 2);
      options.onStep?.({ action: 'split', codes: group.codes, message });
      retries -= 2;
      for (const codes of [group.codes.slice(0, half), group.codes.slice(half)]) queue.push({ codes, snapshot: narrowSnapshot(group.snapshot, codes) });
    } else {
      giveUp(group.codes, message);
    }
  };

  const start = (group: Group) => {
    const task: Promise<void> = options
      .render(group)
      .then((result) => void outcome.results.push(result), (error: unknown) => handle(group, error))
      .finally(() => running.delete(task));
    running.add(task);
  };

  while (!fatal && (queue.length > 0 || running.size > 0)) {
    while (!fatal && queue.length > 0 && running.size < Math.max(1, options.concurrency)) start(queue.shift()!);
    if (running.size > 0) await Promise.race(running);
  }
  // Let runs already started finish before anyone removes their folders.
  await Promise.allSettled([...running]);
  if (fatal) throw (fatal as { error: unknown }).error;
  return outcome;
}

import type { PlatformConfig } from '@qn/config';
import { fastForward } from '@qn/publisher';
import type { BuildReport, BuildSettings } from '@qn/site-builder';
import { platformPublisher, type clients } from '../../scripts/lib/runtime.ts';
import type { PublishBatch } from './publish-to-live.ts';

/**
 * The in-process publisher as `npm run publisher` runs it, started after the
 * outbox rows already built, recording where each batch's time went (to tell
 * a publish's wait for the next poll from its planning, fetch, render and index).
 */
export async function startMeasuredPublisher(config: PlatformConfig, deps: Awaited<ReturnType<typeof clients>>, settings: BuildSettings) {
  const batches: PublishBatch[] = [];
  let lastBuild: BuildReport | null = null;
  const { publisher, lease } = platformPublisher(config, deps, settings, () => {}, (report) => (lastBuild = report));
  if (!(await lease.ensure())) throw new Error('another process holds the outbox lease');
  await fastForward(lease.cursor, await deps.cms.lastEventId());
  const stopping = new AbortController();
  const running = publisher.run({
    pollMs: config.publisher.pollMs,
    signal: stopping.signal,
    lease,
    onBatch: (result) => {
      const built = lastBuild as BuildReport | null;
      batches.push({ endedAt: Date.now(), rebuilt: result.rebuilt, plan: result.ms.plan, fetch: built?.fetchMs ?? 0, render: built?.renderMs ?? 0, sites: result.ms.build, index: result.ms.index });
      lastBuild = null;
    },
  });
  return {
    /** The batch that rebuilt `portal` and ended after `since`. */
    batchFor: (since: number, portal: string) => batches.find((b) => b.endedAt >= since && b.rebuilt.includes(portal)) ?? null,
    async stop() {
      stopping.abort();
      await running;
    },
  };
}

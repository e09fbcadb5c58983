import type { Notice } from '@qn/content';

const URGENCY: Record<Notice['level'], number> = { urgent: 0, warning: 1, info: 2 };

/**
 * The banners a portal shows at `now`: its own and the province-wide ones
 * (portal null) whose window [startsAt, endsAt) contains the moment, most
 * urgent first. Pages are static, so a banner appears or disappears with the
 * next build after its window opens or closes.
 */
export function activeNotices(notices: readonly Notice[], code: string, now: Date): Notice[] {
  const at = now.getTime();
  return notices
    .filter((n) => (n.portal === null || n.portal === code) && Date.parse(n.startsAt) <= at && at < Date.parse(n.endsAt))
    .toSorted((a, b) => URGENCY[a.level] - URGENCY[b.level] || a.startsAt.localeCompare(b.startsAt));
}

/**
 * Rate limits by fixed windows, kept in memory: per address and per portal,
 * each public action with its own budget. One process serves the public
 * forms (README "Public service"); a restart forgets the counts, which only
 * ever lets a few more through.
 */
export interface Limit {
  max: number;
  windowMs: number;
}

export type Verdict = { ok: true } | { ok: false; retryAfterS: number };

/** Entries kept before expired windows are swept. */
const SWEEP_AT = 50_000;

export class RateLimiter {
  readonly #windows = new Map<string, { start: number; count: number; windowMs: number }>();

  #sweptAt = 0;

  take(key: string, limit: Limit, now = Date.now()): Verdict {
    const window = this.#windows.get(key);
    if (!window || now - window.start >= window.windowMs) {
      // At most one sweep every ten seconds, however many new keys arrive.
      if (this.#windows.size >= SWEEP_AT && now - this.#sweptAt > 10_000) {
        this.#sweptAt = now;
        this.#sweep(now);
      }
      this.#windows.set(key, { start: now, count: 1, windowMs: limit.windowMs });
      return { ok: true };
    }
    if (window.count >= limit.max) return { ok: false, retryAfterS: Math.max(1, Math.ceil((window.start + window.windowMs - now) / 1000)) };
    window.count += 1;
    return { ok: true };
  }

  #sweep(now: number): void {
    for (const [key, window] of this.#windows) if (now - window.start >= window.windowMs) this.#windows.delete(key);
  }
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type Action = 'question' | 'comment' | 'feedback' | 'lookup' | 'challenge';

/**
 * Budgets per address (a person), per address without the proof of work
 * (a browser without JavaScript, or a script), and per portal (a flood from
 * many addresses at one portal). Generous for a person, tight for a script.
 */
export const LIMITS: Readonly<Record<Action, { address: Limit; unproven?: Limit; portal?: Limit; service?: Limit }>> = {
  question: { address: { max: 5, windowMs: 15 * MINUTE }, unproven: { max: 3, windowMs: HOUR }, portal: { max: 200, windowMs: HOUR }, service: { max: 3_000, windowMs: HOUR } },
  comment: { address: { max: 10, windowMs: 15 * MINUTE }, unproven: { max: 5, windowMs: HOUR }, portal: { max: 500, windowMs: HOUR }, service: { max: 5_000, windowMs: HOUR } },
  feedback: { address: { max: 30, windowMs: 15 * MINUTE }, unproven: { max: 10, windowMs: HOUR }, portal: { max: 3_000, windowMs: HOUR }, service: { max: 30_000, windowMs: HOUR } },
  lookup: { address: { max: 60, windowMs: 15 * MINUTE } },
  challenge: { address: { max: 120, windowMs: 15 * MINUTE } },
};

/** An IPv6 address stands for its /64 (one household or phone gets a whole /64); IPv4 for itself. */
export function addressKey(ip: string): string {
  const address = ip.replace(/^::ffff:/, '');
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups.slice(0, 4).map((g) => g.toLowerCase().replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

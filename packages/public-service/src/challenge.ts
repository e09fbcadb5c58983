/**
 * A proof-of-work challenge that needs no third party (ALTCHA's protocol,
 * altcha-lib): the page's script finds a number whose SHA-256 with the salt
 * matches, which costs a browser a second and a flood of scripts a lot. A
 * solution is accepted once, before it expires.
 */
import { createChallenge, verifySolution } from 'altcha-lib/v1';

export interface Challenges {
  create(): Promise<unknown>;
  /** Whether a base64 solution is valid, unexpired and not used before. */
  verify(payload: string): Promise<boolean>;
}

export function createChallenges(hmacKey: string, { maxNumber = 50_000, ttlMs = 10 * 60_000 } = {}): Challenges {
  const used = new Map<string, number>();
  const forget = (now: number) => {
    for (const [signature, expires] of used) if (expires <= now) used.delete(signature);
  };
  return {
    create: () => createChallenge({ hmacKey, maxNumber, expires: new Date(Date.now() + ttlMs) }),
    async verify(payload) {
      if (payload.length > 2_000) return false;
      let signature: string;
      try {
        signature = String((JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as { signature?: unknown }).signature ?? '');
      } catch {
        return false;
      }
      const now = Date.now();
      forget(now);
      if (!signature || used.has(signature)) return false;
      // Taken before the check, which awaits: the same solution sent twice at once passes once.
      used.set(signature, now + ttlMs);
      if (await verifySolution(payload, hmacKey, true).catch(() => false)) return true;
      used.delete(signature);
      return false;
    },
  };
}

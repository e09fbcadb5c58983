/**
 * The CMS's intake routes, called with the public service's own API token
 * (it may create readers' submissions and look a question up, nothing else).
 * Every answer is checked before it is believed.
 */
import { intakePortalSchema, questionStatusSchema, type IntakePortal, type QuestionStatus } from '@qn/content';
import { z } from 'zod';
import type { SubmissionKind } from './spool.ts';

export interface Handover {
  /**
   * 'stored': the CMS has it (now or before); 'refused': it never will (the
   * message says why); 'unavailable': the CMS cannot take anything now (no
   * answer, a gateway error, a token without the grant); 'failed': the CMS
   * answered with an error for this submission (it may be the submission's
   * fault, or the CMS's: the forwarder tells them apart).
   */
  outcome: 'stored' | 'refused' | 'unavailable' | 'failed';
  status: number;
  message: string | null;
  field: string | null;
  /** No answer in time: the CMS may still be storing it. */
  timedOut?: boolean;
}

export interface IntakeClient {
  hand(kind: SubmissionKind, payload: Record<string, unknown>, timeoutMs?: number): Promise<Handover>;
  status(code: string): Promise<QuestionStatus | null>;
  portals(): Promise<IntakePortal[]>;
}

const PATHS: Record<SubmissionKind, string> = { question: '/questions', comment: '/comments', feedback: '/feedback' };
const errorSchema = z.object({ error: z.object({ message: z.string().optional(), details: z.object({ field: z.string().optional() }).loose().optional() }).loose() }).loose();

export function createIntakeClient({ url, token }: { url: string; token: string }): IntakeClient {
  const call = (method: 'GET' | 'POST', path: string, body?: unknown, timeoutMs = 10_000) =>
    fetch(`${url}/api/intake${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  return {
    async hand(kind, payload, timeoutMs) {
      let response: Response;
      try {
        response = await call('POST', PATHS[kind], payload, timeoutMs);
      } catch (error) {
        const timedOut = (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError';
        return { outcome: 'unavailable', status: 0, message: (error as Error).message, field: null, timedOut };
      }
      const parsed = errorSchema.safeParse(await response.json().catch(() => null));
      const message = parsed.success ? (parsed.data.error.message ?? null) : null;
      const field = parsed.success ? (parsed.data.error.details?.field ?? null) : null;
      if (response.status === 200 || response.status === 201) return { outcome: 'stored', status: response.status, message: null, field: null };
      // 400, 404 and 409 are the CMS's judgement of this submission: sending it again changes nothing.
      if ([400, 404, 409, 422].includes(response.status)) return { outcome: 'refused', status: response.status, message, field };
      // 401/403 (a token without the grant), 429, gateway errors: the CMS or its set-up is at fault, the submission waits.
      if ([401, 403, 429, 502, 503, 504].includes(response.status)) return { outcome: 'unavailable', status: response.status, message, field };
      return { outcome: 'failed', status: response.status, message, field };
    },
    async status(code) {
      const response = await call('GET', `/questions/${encodeURIComponent(code)}`);
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`the CMS answered ${response.status} to a status lookup`);
      return questionStatusSchema.parse(await response.json());
    },
    async portals() {
      const response = await call('GET', '/portals');
      if (!response.ok) throw new Error(`the CMS answered ${response.status} to the portal list (is INTAKE_API_TOKEN the public service's token?)`);
      return z.object({ data: z.array(intakePortalSchema) }).parse(await response.json()).data;
    },
  };
}

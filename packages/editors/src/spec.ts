import { z } from 'zod';
import { portalCodeSchema } from '@qn/portal-model';

/** Role names operators use, and the Strapi admin role codes behind them (cms/src/access/users.ts). */
export const ROLES = { editor: 'qn-portal-editor', approver: 'qn-portal-approver', reviewer: 'qn-reviewer' } as const;
export type RoleName = keyof typeof ROLES;

const password = z
  .string()
  .min(8, 'at least 8 characters')
  .regex(/[a-z]/, 'a lowercase letter')
  .regex(/[A-Z]/, 'an uppercase letter')
  .regex(/\d/, 'a digit');

export const editorSpecSchema = z.object({
  email: z.email('not an e-mail address').transform((e) => e.toLowerCase()),
  /** Required when the account is created; ignored for existing accounts unless resetting. */
  password: password.optional(),
  role: z.enum(['editor', 'approver', 'reviewer'], { error: 'must be editor, approver or reviewer' }),
  portals: z.array(portalCodeSchema).min(1, 'at least one portal'),
  firstname: z.string().trim().min(1).optional(),
  lastname: z.string().trim().min(1).optional(),
});
export type EditorSpec = z.infer<typeof editorSpecSchema>;

export interface SpecProblem {
  line: number;
  field: string;
  message: string;
}

/**
 * Reads a CSV of editors: header `email,password,role,portals[,firstname,lastname]`,
 * portals separated by spaces or semicolons. Every problem is reported with
 * its line and column; nothing is applied when any line is wrong.
 */
export function parseEditorsCsv(text: string): { specs: EditorSpec[]; problems: SpecProblem[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((h) => h.trim().toLowerCase());
  const problems: SpecProblem[] = [];
  for (const required of ['email', 'role', 'portals']) {
    if (!header.includes(required)) problems.push({ line: 1, field: required, message: `the header has no "${required}" column` });
  }
  if (problems.length > 0) return { specs: [], problems };
  const specs: EditorSpec[] = [];
  const seen = new Map<string, number>();
  lines.slice(1).forEach((raw, index) => {
    const line = index + 2;
    if (!raw.trim()) return;
    const cells = splitCsvLine(raw);
    const record = Object.fromEntries(header.map((h, i) => [h, cells[i]?.trim() || undefined]));
    const email = record.email?.toLowerCase();
    const earlier = email ? seen.get(email) : undefined;
    if (email && earlier) problems.push({ line, field: 'email', message: `${email} is already on line ${earlier}` });
    if (email && !earlier) seen.set(email, line);
    const parsed = editorSpecSchema.safeParse({ ...record, portals: record.portals?.split(/[\s;]+/).filter(Boolean) ?? [] });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ line, field: String(issue.path[0] ?? 'line'), message: issue.message });
      return;
    }
    specs.push(parsed.data);
  });
  return { specs, problems };
}

/** One CSV line, with double-quoted cells that may hold commas and doubled quotes. */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

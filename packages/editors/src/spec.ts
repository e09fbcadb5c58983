import { parse } from 'csv-parse/sync';
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
 * portals separated by spaces or semicolons. The file may be separated by
 * commas, semicolons (Excel on Vietnamese Windows) or tabs, as its header
 * shows, start with a UTF-8 BOM and hold quoted cells across lines. Every
 * problem is reported with the line its record starts on; nothing is applied
 * when any line is wrong.
 */
export function parseEditorsCsv(text: string): { specs: EditorSpec[]; problems: SpecProblem[] } {
  const delimiter = headerDelimiter(text);
  let rows: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    // One line ending, so the parser's line count is the editor's (it counts a CR and its LF twice).
    rows = parse(text.replace(/\r\n?/g, '\n'), { bom: true, delimiter, info: true, raw: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as unknown as typeof rows;
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    const message = code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted cell is never closed: the file ends inside it' : (error as Error).message;
    return { specs: [], problems: [{ line: lines ?? 1, field: 'file', message }] };
  }
  const header = (rows[0]?.record ?? []).map((h) => h.toLowerCase());
  const problems: SpecProblem[] = [];
  for (const required of ['email', 'role', 'portals']) {
    if (!header.includes(required)) problems.push({ line: 1, field: required, message: `the header has no "${required}" column` });
  }
  if (problems.length > 0) return { specs: [], problems };
  const specs: EditorSpec[] = [];
  const seen = new Map<string, number>();
  for (const { record: cells, raw, info } of rows.slice(1)) {
    const line = info.lines - (raw.replace(/\n$/, '').match(/\n/g)?.length ?? 0);
    if (cells.every((c) => !c)) continue;
    const record = Object.fromEntries(header.map((h, i) => [h, cells[i] || undefined]));
    const email = record.email?.toLowerCase();
    const earlier = email ? seen.get(email) : undefined;
    if (email && earlier) problems.push({ line, field: 'email', message: `${email} is already on line ${earlier}` });
    if (email && !earlier) seen.set(email, line);
    const parsed = editorSpecSchema.safeParse({ ...record, portals: record.portals?.split(/[\s;,]+/).filter(Boolean) ?? [] });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ line, field: String(issue.path[0] ?? 'line'), message: issue.message });
      continue;
    }
    specs.push(parsed.data);
  }
  return { specs, problems };
}

/** The separator the header line uses; the header holds only column names, so the one present is the one. */
function headerDelimiter(text: string): string {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return [';', '\t', ','].find((d) => header.includes(d)) ?? ',';
}

type Row = Record<string, unknown>;

/** What a record is called in a list: its title, or the field its kind uses in its place. */
export function recordTitle(row: Row, fallback: string): string {
  return String(row.title ?? row.name ?? row.number ?? row.message ?? fallback).slice(0, 300);
}

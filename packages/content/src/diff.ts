/**
 * What changed between two published versions, for reviewers: lines kept,
 * removed and added (jsdiff's Myers diff, near-linear on similar texts), and
 * for a line replaced by another, the words that changed, as tracked changes
 * in a word processor show them.
 */
import { diffArrays, diffWordsWithSpace } from 'diff';

export type DiffKind = 'same' | 'removed' | 'added';

export interface DiffPart {
  type: DiffKind;
  text: string;
}

export interface DiffLine {
  type: DiffKind;
  text: string;
  /** On a removed or added line paired with its replacement: its words, unchanged or changed. */
  words?: DiffPart[];
}

export function diffLines(before: string, after: string): DiffLine[] {
  const out: DiffLine[] = [];
  let removed: string[] = [];
  const flush = (added: string[]) => {
    const pairs = Math.min(removed.length, added.length);
    const words = Array.from({ length: pairs }, (_, i) => diffWordsWithSpace(removed[i]!, added[i]!));
    removed.forEach((text, i) => out.push({ type: 'removed', text, ...(i < pairs ? { words: side(words[i]!, 'removed') } : {}) }));
    added.forEach((text, i) => out.push({ type: 'added', text, ...(i < pairs ? { words: side(words[i]!, 'added') } : {}) }));
    removed = [];
  };
  for (const change of diffArrays(before.split('\n'), after.split('\n'))) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) flush(change.value);
    else {
      flush([]);
      for (const text of change.value) out.push({ type: 'same', text });
    }
  }
  flush([]);
  return out;
}

/** One side of a word diff: the removed line keeps what was removed, the added line what was added. */
function side(changes: ReturnType<typeof diffWordsWithSpace>, keep: 'removed' | 'added'): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of changes) {
    const type: DiffKind | null = change.added ? (keep === 'added' ? 'added' : null) : change.removed ? (keep === 'removed' ? 'removed' : null) : 'same';
    if (type) parts.push({ type, text: change.value });
  }
  return parts;
}

/** "- old line" / "+ new line" / "  same line", the form reviewers know from e-mail and tracked changes. */
export function formatDiff(lines: readonly DiffLine[]): string {
  return lines.map((l) => `${l.type === 'added' ? '+' : l.type === 'removed' ? '-' : ' '} ${l.text}`).join('\n');
}

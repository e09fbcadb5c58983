import { PORTAL_CODE_PATTERN } from './portal.ts';

export interface PlacementProblem {
  field: 'code' | 'level' | 'parent';
  message: string;
}

export interface Placement {
  code: string;
  /** The code stored before this write, when it changes. */
  formerCode?: string;
  level: number;
  /** The parent as it will be stored, or null for a root. */
  parent: { code: string; level: number } | null;
  /** Codes from the parent up to the root. */
  parentChain: readonly string[];
  /** Another portal already uses this code. */
  codeTaken: boolean;
}

/**
 * The tree rules for one portal write, with messages for editors: codes are
 * unique lowercase ASCII, level-1 portals are roots, a child's level is its
 * parent's plus one, and a portal cannot sit below itself.
 */
export function placementProblems(p: Placement): PlacementProblem[] {
  const problems: PlacementProblem[] = [];
  if (!PORTAL_CODE_PATTERN.test(p.code) || p.code.length < 2 || p.code.length > 40) {
    problems.push({ field: 'code', message: `Mã cổng "${p.code}" chỉ gồm chữ thường không dấu và chữ số, nối bằng "-", dài 2–40 ký tự (trường "code").` });
  }
  if (p.codeTaken) problems.push({ field: 'code', message: `Mã cổng "${p.code}" đã được một cổng khác sử dụng (trường "code").` });
  if (p.parentChain.includes(p.code) || (p.formerCode !== undefined && p.parentChain.includes(p.formerCode))) {
    problems.push({ field: 'parent', message: `Không thể đặt cổng "${p.code}" làm cấp dưới của chính nó hoặc của cổng cấp dưới nó (trường "parent").` });
  }
  if (p.level === 1 && p.parent) {
    problems.push({ field: 'parent', message: 'Cổng cấp 1 không có cổng cấp trên (trường "parent").' });
  } else if (p.level > 1 && !p.parent) {
    problems.push({ field: 'parent', message: `Cổng cấp ${p.level} phải có cổng cấp trên (trường "parent").` });
  } else if (p.parent && p.level !== p.parent.level + 1) {
    problems.push({
      field: 'level',
      message: `Cổng cấp trên "${p.parent.code}" là cấp ${p.parent.level}, nên cổng này phải là cấp ${p.parent.level + 1} (trường "level").`,
    });
  }
  return problems;
}

import { errors } from '@strapi/utils';
import type { FieldProblem } from '@qn/content';

function details(problems: FieldProblem[], name: string) {
  return { errors: problems.map((p) => ({ path: [p.field], message: p.message, name })) };
}

/**
 * Refuses a write, listing every problem. The admin panel highlights the
 * fields named in `details.errors`; API callers get the same list.
 */
export function refuse(problems: FieldProblem[]): never {
  const message = problems.map((p) => p.message).join(' ');
  throw new errors.ValidationError(message, details(problems, 'ValidationError'));
}

/**
 * Refuses what the caller may not do (403), with a message they can act on.
 * A PolicyError, because Strapi's route layer turns any other 403 thrown
 * below it into a bare "Forbidden".
 */
export function deny(message: string, problems: FieldProblem[] = []): never {
  throw new errors.PolicyError(message, problems.length > 0 ? details(problems, 'PolicyError') : undefined);
}

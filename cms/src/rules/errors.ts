import { errors } from '@strapi/utils';
import type { FieldProblem } from '@qn/content';

/**
 * Refuses a write, listing every problem. The admin panel highlights the
 * fields named in `details.errors`; API callers get the same list.
 */
export function refuse(problems: FieldProblem[]): never {
  const message = problems.map((p) => p.message).join(' ');
  throw new errors.ValidationError(message, {
    errors: problems.map((p) => ({ path: [p.field], message: p.message, name: 'ValidationError' })),
  });
}

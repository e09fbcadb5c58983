import type { Core } from '@strapi/strapi';
import { intakeCommentSchema, intakeFeedbackSchema, intakeQuestionSchema, parseBody, trackingCodeSchema } from '@qn/content';
import { activePortals, receiveComment, receiveFeedback, receiveQuestion, questionStatus, type Received } from '../../../intake/submissions';

interface Ctx {
  params: Record<string, string | undefined>;
  request: { body?: unknown };
  status: number;
  body: unknown;
}

function answer(ctx: Ctx, received: Received): void {
  if ('refused' in received) {
    ctx.status = received.refused.status;
    ctx.body = { error: { status: received.refused.status, name: received.refused.status === 404 ? 'NotFoundError' : 'ConflictError', message: received.refused.message, details: { field: received.refused.field } } };
    return;
  }
  ctx.status = received.created ? 201 : 200;
  ctx.body = received;
}

function invalid(ctx: Ctx, problem: string): void {
  ctx.status = 400;
  ctx.body = { error: { status: 400, name: 'ValidationError', message: problem } };
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async portals(ctx: Ctx) {
    ctx.body = { data: await activePortals(strapi) };
  },

  async question(ctx: Ctx) {
    const parsed = parseBody(intakeQuestionSchema, ctx.request.body);
    if ('problem' in parsed) return invalid(ctx, parsed.problem);
    answer(ctx, await receiveQuestion(strapi, parsed.value));
  },

  async questionStatus(ctx: Ctx) {
    const code = trackingCodeSchema.safeParse(ctx.params.code);
    if (!code.success) return invalid(ctx, 'code: a tracking code is 10 letters and digits');
    const status = await questionStatus(strapi, code.data);
    if (!status) {
      ctx.status = 404;
      ctx.body = { error: { status: 404, name: 'NotFoundError', message: 'no question has this tracking code' } };
      return;
    }
    ctx.body = status;
  },

  async comment(ctx: Ctx) {
    const parsed = parseBody(intakeCommentSchema, ctx.request.body);
    if ('problem' in parsed) return invalid(ctx, parsed.problem);
    answer(ctx, await receiveComment(strapi, parsed.value));
  },

  async feedback(ctx: Ctx) {
    const parsed = parseBody(intakeFeedbackSchema, ctx.request.body);
    if ('problem' in parsed) return invalid(ctx, parsed.problem);
    answer(ctx, await receiveFeedback(strapi, parsed.value));
  },
});

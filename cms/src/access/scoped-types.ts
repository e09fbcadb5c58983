import { PORTAL_OWNED } from '@qn/content';

/** What readers send through the public service: rows of one portal, never public, created only by the intake (cms/src/intake). */
export const SUBMISSIONS = ['api::consultation-comment.consultation-comment', 'api::page-feedback.page-feedback'];
/** Submissions the portal's editors moderate (the others they only read). */
export const MODERATED = ['api::consultation-comment.consultation-comment'];
/** Content the portal's people write and publish. */
export const EDITED = [...PORTAL_OWNED, 'api::notice.notice'];
/** Content types whose records belong to one portal: drafts are read, and anything is written, only by that portal's people. */
export const SCOPED = [...EDITED, ...SUBMISSIONS];
/**
 * Types holding a reader's personal data (a question's asker, a comment's
 * author): in the admin, even their published rows are read only by their
 * portal's people, because the admin shows private fields.
 */
export const PERSONAL = ['api::question.question', ...SUBMISSIONS];
/** Requests to show an article on another portal: read by both portals, decided by the target portal's approvers. */
export const REQUESTS = 'api::syndication-request.syndication-request';
/** Platform records only province administrators read: assignments, the audit log, version history, schedule approvals. */
export const ADMIN_ONLY = [
  'api::editor-assignment.editor-assignment',
  'api::audit-entry.audit-entry',
  'api::version-snapshot.version-snapshot',
  'api::schedule-approval.schedule-approval',
  // The publisher's lease and cursor, and each portal's build state: written through /api/publisher only.
  'api::publisher-state.publisher-state',
  'api::portal-build.portal-build',
];

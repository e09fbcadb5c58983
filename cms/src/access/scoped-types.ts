import { PORTAL_OWNED } from '@qn/content';

/** Content types whose records belong to one portal: drafts are read, and anything is written, only by that portal's people. */
export const SCOPED = [...PORTAL_OWNED, 'api::notice.notice'];
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

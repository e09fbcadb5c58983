export { createPublisher, type BatchResult, type Publisher, type PublisherDeps } from './publisher.ts';
export { fastForward, fileCursor, type CursorStore } from './cursor.ts';
export { advance, settled, type CursorState, type Gap } from './gaps.ts';
export { createLease, type Lease, type LeaseOptions } from './lease.ts';
export { ciDispatch, DispatchError, type DispatchOptions } from './dispatch.ts';
export { healthServer, healthState, type Health } from './health.ts';

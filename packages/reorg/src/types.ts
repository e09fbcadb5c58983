import type { Portal, PortalTree } from '@qn/portal-model';

/** A portal as the reorganisation sees it: the tree fields plus its state. */
export interface ReorgPortal extends Portal {
  state: 'active' | 'archived';
}

/** One record owned by a portal (draft and published versions share it). */
export interface OwnedRecord {
  model: string;
  documentId: string;
  portal: string;
  /** The published slug, or the draft's when never published; null for records without an address. */
  slug: string | null;
  label: string;
}

export interface ReorgState {
  tree: PortalTree;
  states: ReadonlyMap<string, 'active' | 'archived'>;
  records: readonly OwnedRecord[];
}

export interface NewPortalSpec {
  code: string;
  name: string;
  /** Parent code; defaults to the parent of the first portal being merged or split. */
  parent?: string | null;
}

export type ReorgCommand =
  | { op: 'merge'; from: string[]; into: string; create?: NewPortalSpec; reason?: string }
  | { op: 'rename'; code: string; newCode?: string; newName?: string }
  | { op: 'split'; code: string; into: NewPortalSpec[]; contentTo: string; reason?: string }
  | { op: 'archive'; code: string; reason: string; successor?: string };

export interface PortalUpdate {
  code: string;
  set: Partial<{ code: string; name: string; domain: string; parent: string; state: 'archived'; successor: string; archiveReason: string; archivedAt: string }>;
}

export interface RecordMove {
  model: string;
  documentId: string;
  label: string;
  from: string;
  to: string;
  slug: string | null;
  /** Set when the slug clashes on the new portal and has to change. */
  newSlug?: string;
}

export interface Redirect {
  fromCode: string;
  /** A path, or "*" for every path not listed separately. */
  fromPath: string;
  toCode: string;
  /** A path, or "*" for "the same path". */
  toPath: string;
  reason: string;
}

export interface HistoryEvent {
  code: string;
  name: string;
  action: 'created' | 'renamed' | 'merged' | 'split' | 'moved' | 'archived';
  relatedCodes: string[];
  details: Record<string, unknown>;
}

export interface ReorgPlan {
  command: ReorgCommand;
  problems: string[];
  createPortals: ReorgPortal[];
  /** Children that move to a new parent, applied after new portals exist. */
  updatePortals: PortalUpdate[];
  moves: RecordMove[];
  redirects: Redirect[];
  /** Existing redirects that pointed at a portal that now forwards elsewhere. */
  retarget: Array<{ from: string; to: string }>;
  history: HistoryEvent[];
}

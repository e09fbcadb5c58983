/**
 * The slice of Strapi's document service and query engine the seed uses,
 * typed structurally so this package does not depend on Strapi.
 */
export interface DocumentApi {
  findFirst(params: object): Promise<{ documentId: string } | null>;
  findMany(params: object): Promise<Array<Record<string, unknown>>>;
  create(params: object): Promise<{ documentId: string }>;
}

/** Strapi's upload service: what the media library calls for each file. */
export interface UploadService {
  upload(params: { data: { fileInfo?: Record<string, unknown> }; files: { filepath: string; originalFilename: string; mimetype: string; size: number } }): Promise<Array<{ id: number }>>;
}

export interface SeedTarget {
  documents(uid: string): DocumentApi;
  /** Present on a running Strapi; the sample photos are uploaded through it. */
  plugin?(name: 'upload'): { service(name: 'upload'): UploadService };
  db: {
    query(uid: string): {
      findMany(params: object): Promise<Array<Record<string, unknown>>>;
      create(params: { data: Record<string, unknown> }): Promise<unknown>;
      createMany(params: { data: Array<Record<string, unknown>> }): Promise<unknown>;
    };
    metadata: { get(uid: string): { attributes: Record<string, { default?: unknown } | undefined> } };
    /** Runs `run` in one database transaction; the document service joins it. */
    transaction<T>(run: () => Promise<T>): Promise<T>;
  };
}

export interface Tally {
  created: number;
  existing: number;
}

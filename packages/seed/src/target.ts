/**
 * The slice of Strapi's document service and query engine the seed uses,
 * typed structurally so this package does not depend on Strapi.
 */
export interface DocumentApi {
  findFirst(params: object): Promise<{ documentId: string } | null>;
  findMany(params: object): Promise<Array<Record<string, unknown>>>;
  create(params: object): Promise<{ documentId: string }>;
}

export interface SeedTarget {
  documents(uid: string): DocumentApi;
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

/**
 * The content-manager API the Strapi admin UI calls: what an editor's
 * browser does when it saves, publishes or unpublishes.
 */
const ARTICLES = '/content-manager/collection-types/api::article.article';

export interface AdminApi {
  token: string;
  request(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }>;
  portalId(code: string): Promise<string>;
  createArticle(data: Record<string, unknown>): Promise<{ documentId: string; slug: string }>;
  publish(documentId: string): Promise<{ status: number; json: Record<string, unknown> }>;
  unpublish(documentId: string): Promise<{ status: number; json: Record<string, unknown> }>;
  update(documentId: string, data: Record<string, unknown>): Promise<{ status: number; json: Record<string, unknown> }>;
}

/** Logs in once: Strapi rate-limits admin logins. */
export async function adminApi(baseUrl: string, credentials: { email: string; password: string }): Promise<AdminApi> {
  const login = await fetch(`${baseUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (!login.ok) throw new Error(`admin login answered ${login.status}: ${await login.text()}`);
  const token = ((await login.json()) as { data: { token: string } }).data.token;

  const request: AdminApi['request'] = async (method, path, body) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };

  return {
    token,
    request,
    async portalId(code) {
      const { json } = await request('GET', `/content-manager/collection-types/api::portal.portal?filters[code][$eq]=${code}`);
      const found = (json.results as Array<{ documentId: string }> | undefined)?.[0];
      if (!found) throw new Error(`no portal ${code}`);
      return found.documentId;
    },
    async createArticle(data) {
      const { status, json } = await request('POST', ARTICLES, data);
      if (status !== 201) throw new Error(`create answered ${status}: ${JSON.stringify(json)}`);
      return json.data as { documentId: string; slug: string };
    },
    publish: (documentId) => request('POST', `${ARTICLES}/${documentId}/actions/publish`, {}),
    unpublish: (documentId) => request('POST', `${ARTICLES}/${documentId}/actions/unpublish`, {}),
    update: (documentId, data) => request('PUT', `${ARTICLES}/${documentId}`, data),
  };
}

/** A one-paragraph blocks body. */
export function paragraph(text: string): unknown[] {
  return [{ type: 'paragraph', children: [{ type: 'text', text }] }];
}

import { GraphQLClient } from 'graphql-request';

/**
 * The baseline: how the builder read articles before the bulk route
 * (docs/adr/0007), the same fields through Strapi's GraphQL in offset pages
 * of 200. Returns how many it read.
 */
const QUERY = /* GraphQL */ `
  query Articles($page: Int!, $pageSize: Int!) {
    articles_connection(pagination: { page: $page, pageSize: $pageSize }, sort: ["publishedAt:desc", "documentId:asc"], status: PUBLISHED) {
      nodes {
        documentId title slug summary body publishedAt updatedAt author source featured
        portal { code } category { slug } tags { name slug } syndicatedTo { code }
        translationOf { documentId slug portal { code } }
        cover { url name mime size alternativeText width height hash }
      }
      pageInfo { total pageCount }
    }
  }
`;

export async function graphqlArticles(cmsUrl: string, token: string): Promise<number> {
  const client = new GraphQLClient(`${cmsUrl}/graphql`, { headers: { authorization: `Bearer ${token}` } });
  let read = 0;
  for (let page = 1; ; page += 1) {
    const data = await client.request<{ articles_connection: { nodes: unknown[]; pageInfo: { pageCount: number } } }>(QUERY, { page, pageSize: 200 });
    read += data.articles_connection.nodes.length;
    if (page >= data.articles_connection.pageInfo.pageCount) return read;
  }
}

/**
 * The GraphQL queries the platform sends to Strapi. Each fetches one flat
 * page of records with a single level of relations (depth 3), so their cost
 * stays proportional to the page size.
 */
const PAGE = 'pagination: { page: $page, pageSize: $pageSize }';
const MEDIA_FIELDS = 'url name mime size alternativeText width height hash';

export const CATEGORIES_QUERY = /* GraphQL */ `
  query Categories($page: Int!, $pageSize: Int!) {
    categories_connection(${PAGE}, sort: ["slug:asc"]) {
      nodes { documentId name slug description portal { code } }
      pageInfo { total pageCount }
    }
  }
`;

const ARTICLE_FIELDS = [
  'documentId title slug summary body publishedAt updatedAt author source featured',
  'portal { code } category { slug } tags { name slug } syndicatedTo { code }',
  'translationOf { documentId slug portal { code } }',
  `cover { ${MEDIA_FIELDS} }`,
].join(' ');

export const ARTICLE_QUERY = /* GraphQL */ `
  query Article($documentId: ID!) {
    article(documentId: $documentId, status: PUBLISHED) { ${ARTICLE_FIELDS} }
  }
`;

export const REDIRECTS_QUERY = /* GraphQL */ `
  query Redirects($page: Int!, $pageSize: Int!) {
    redirects_connection(${PAGE}, sort: ["fromCode:asc", "fromPath:asc"]) {
      nodes { documentId fromCode fromPath toCode toPath }
      pageInfo { total pageCount }
    }
  }
`;

/**
 * schema.org descriptions search engines read: NewsArticle for articles,
 * GovernmentOrganization for the body behind a portal, Legislation for legal
 * documents. Built from the same data as the visible page.
 */
import type { Agency, Article, LegalDocument, SnapshotPortal, Validity } from '@qn/content';
import { DOCUMENT_FORMS, labelOf } from './labels.ts';

type Thing = Record<string, unknown>;

const LEGAL_FORCE: Record<Validity, string | null> = {
  not_yet_in_force: 'https://schema.org/NotInForce',
  in_force: 'https://schema.org/InForce',
  partly_in_force: 'https://schema.org/PartiallyInForce',
  expired: 'https://schema.org/NotInForce',
  replaced: 'https://schema.org/NotInForce',
};

/** JSON inside <script>: "<" escaped so no text can close the element. */
export function serialize(thing: Thing): string {
  return JSON.stringify(thing).replace(/</g, '\\u003c');
}

export function organizationLd(portal: SnapshotPortal, agency: Agency | null, url: string, parentUrl: string | null): Thing {
  const contact = agency?.contact;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: agency?.name ?? portal.name,
    alternateName: [agency?.shortName, agency?.nameEn].filter(Boolean),
    url,
    address: contact?.address ? { '@type': 'PostalAddress', streetAddress: contact.address, addressRegion: 'Quảng Ninh', addressCountry: 'VN' } : null,
    telephone: contact?.phone,
    email: contact?.email,
    faxNumber: contact?.fax,
    geo: agency?.location ? { '@type': 'GeoCoordinates', latitude: agency.location.latitude, longitude: agency.location.longitude } : null,
    parentOrganization: parentUrl ? { '@type': 'GovernmentOrganization', url: parentUrl } : null,
    member: agency?.leaders.map((l) => ({ '@type': 'Person', name: l.name, jobTitle: l.position })),
  });
}

export function newsArticleLd(article: Article, input: { url: string; language: string; publisher: string; publisherUrl: string; image: string | null }): Thing {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    inLanguage: input.language,
    mainEntityOfPage: input.url,
    url: input.url,
    image: input.image ? [input.image] : null,
    author: article.author ? { '@type': 'Person', name: article.author } : { '@type': 'GovernmentOrganization', name: input.publisher, url: input.publisherUrl },
    publisher: { '@type': 'GovernmentOrganization', name: input.publisher, url: input.publisherUrl },
    keywords: article.tags.map((t) => t.name).join(', '),
    isBasedOn: article.source,
  });
}

export function legislationLd(doc: LegalDocument, validity: Validity, input: { url: string; files: string[] }): Thing {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: `${labelOf(DOCUMENT_FORMS, doc.form, 'vi')} ${doc.number}`,
    abstract: doc.summary,
    url: input.url,
    inLanguage: 'vi',
    legislationIdentifier: doc.number,
    legislationType: labelOf(DOCUMENT_FORMS, doc.form, 'vi'),
    legislationDate: doc.issuedOn,
    legislationDateVersion: doc.effectiveOn,
    legislationLegalForce: LEGAL_FORCE[validity],
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: doc.issuerName },
    legislationResponsible: doc.signer ? { '@type': 'Person', name: doc.signer } : null,
    legislationJurisdiction: 'Quảng Ninh, Việt Nam',
    expires: doc.expiresOn,
    datePublished: doc.publishedAt,
    dateModified: doc.updatedAt,
    encoding: input.files.map((contentUrl) => ({ '@type': 'LegislationObject', contentUrl })),
  });
}

/** Drops empty values, so the markup never claims an empty name or list. */
function compact(thing: Thing): Thing {
  return Object.fromEntries(
    Object.entries(thing).filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)),
  );
}

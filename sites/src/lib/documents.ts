/**
 * The legal document register: newest first, and static filter pages one
 * dimension at a time (form, issuer, year, field, validity), each listing
 * only values that have documents. Validity is the one in effect on the
 * build day (effectiveValidity), so a document past its expiry date is
 * filed as no longer in force even before an editor updates it.
 */
import { effectiveValidity, type LegalDocument, type Validity } from '@qn/content';
import { slugify, type Language } from '@qn/portal-model';
import { DOCUMENT_FORMS, LEGAL_FIELDS, labelOf, validityLabel } from './labels.ts';

export const FACETS = ['form', 'issuer', 'year', 'field', 'validity'] as const;
export type Facet = (typeof FACETS)[number];

/** URL segment of each dimension: /van-ban/<segment>/<value>/. */
export const FACET_SEGMENTS: Record<Facet, string> = {
  form: 'hinh-thuc',
  issuer: 'co-quan-ban-hanh',
  year: 'nam',
  field: 'linh-vuc',
  validity: 'hieu-luc',
};

export interface FacetValue {
  facet: Facet;
  /** URL segment of the value, ASCII. */
  slug: string;
  label: string;
  documents: LegalDocument[];
}

export interface Register {
  /** Newest issued first. */
  documents: LegalDocument[];
  validity: Map<string, Validity>;
  facets: Record<Facet, FacetValue[]>;
}

const newestIssued = (a: LegalDocument, b: LegalDocument) => b.issuedOn.localeCompare(a.issuedOn) || a.number.localeCompare(b.number);

/** Vietnamese labels make the slugs ("quyet-dinh", "con-hieu-luc"), whatever the portal's language, so addresses are stable. */
function keyOf(facet: Facet, doc: LegalDocument, validity: Validity): { value: string; slug: string } {
  switch (facet) {
    case 'form':
      return { value: doc.form, slug: slugify(labelOf(DOCUMENT_FORMS, doc.form, 'vi')) || doc.form };
    case 'field':
      return { value: doc.field, slug: slugify(labelOf(LEGAL_FIELDS, doc.field, 'vi')) || doc.field };
    case 'issuer':
      return { value: doc.issuerName, slug: slugify(doc.issuerName).slice(0, 80).replace(/-+$/, '') || 'khac' };
    case 'year':
      return { value: doc.issuedOn.slice(0, 4), slug: doc.issuedOn.slice(0, 4) };
    case 'validity':
      return { value: validity, slug: slugify(validityLabel(validity, 'vi')) };
  }
}

/** The filter page a document is listed on for one dimension: links from its detail page, without searching the register. */
export function facetSlug(facet: Facet, doc: LegalDocument, validity: Validity): string {
  return keyOf(facet, doc, validity).slug;
}

function labelFor(facet: Facet, value: string, language: Language): string {
  if (facet === 'form') return labelOf(DOCUMENT_FORMS, value, language);
  if (facet === 'field') return labelOf(LEGAL_FIELDS, value, language);
  if (facet === 'validity') return validityLabel(value as Validity, language);
  return value;
}

/** One pass over a portal's documents; `today` is YYYY-MM-DD in Vietnam. */
export function buildRegister(documents: readonly LegalDocument[], today: string, language: Language): Register {
  const sorted = documents.toSorted(newestIssued);
  const validity = new Map(sorted.map((doc) => [doc.documentId, effectiveValidity(doc, today)]));
  const facets = {} as Record<Facet, FacetValue[]>;
  for (const facet of FACETS) {
    const bySlug = new Map<string, FacetValue>();
    for (const doc of sorted) {
      const { value, slug } = keyOf(facet, doc, validity.get(doc.documentId) ?? doc.validity);
      const entry = bySlug.get(slug) ?? { facet, slug, label: labelFor(facet, value, language), documents: [] };
      entry.documents.push(doc);
      bySlug.set(slug, entry);
    }
    const values = [...bySlug.values()];
    // Years newest first; every other dimension alphabetically, as readers scan a list of names.
    facets[facet] = facet === 'year' ? values.toSorted((a, b) => b.slug.localeCompare(a.slug)) : values.toSorted((a, b) => a.label.localeCompare(b.label, language));
  }
  return { documents: sorted, validity, facets };
}

/** Expired and replaced documents stay online but are no longer in force. */
export function inForce(validity: Validity): boolean {
  return validity !== 'expired' && validity !== 'replaced';
}

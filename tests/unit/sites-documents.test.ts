import { describe, expect, it } from 'vitest';
import type { LegalDocument } from '@qn/content';
import { buildRegister, facetSlug, FACET_SEGMENTS } from '../../sites/src/lib/documents.ts';
import { DOCUMENT_FORMS, labelOf, validityLabel } from '../../sites/src/lib/labels.ts';

function doc(overrides: Partial<LegalDocument> & Pick<LegalDocument, 'number' | 'issuedOn'>): LegalDocument {
  return {
    documentId: overrides.number,
    publishedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    portal: 'quangninh',
    slug: overrides.number.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    form: 'quyet_dinh',
    summary: 'Ban hành Quy chế làm việc',
    issuerName: 'Ủy ban nhân dân tỉnh Quảng Ninh',
    signer: null,
    effectiveOn: null,
    expiresOn: null,
    validity: 'in_force',
    replacedBy: null,
    field: 'noi_vu',
    files: [],
    body: null,
    ...overrides,
  };
}

const today = '2026-11-29';
const documents = [
  doc({ number: '12/QĐ-UBND', issuedOn: '2024-03-01' }),
  doc({ number: '55/KH-UBND', issuedOn: '2024-01-10', form: 'ke_hoach', field: 'giao_thong', expiresOn: '2024-12-31' }),
  doc({ number: '90/CT-UBND', issuedOn: '2026-10-22', form: 'chi_thi', issuerName: 'Sở Y tế' }),
];

describe('the legal document register', () => {
  const register = buildRegister(documents, today, 'vi');

  it('lists the newest documents first', () => {
    expect(register.documents.map((d) => d.number)).toEqual(['90/CT-UBND', '12/QĐ-UBND', '55/KH-UBND']);
  });

  it('files a document past its expiry date as no longer in force, as the register shows it on the build day', () => {
    expect(register.validity.get('55/KH-UBND')).toBe('expired');
    const byValidity = Object.fromEntries(register.facets.validity.map((v) => [v.slug, v.documents.map((d) => d.number)]));
    expect(byValidity).toEqual({ 'con-hieu-luc': ['90/CT-UBND', '12/QĐ-UBND'], 'het-hieu-luc': ['55/KH-UBND'] });
  });

  it('has filter pages only for values that have documents, with readable ASCII addresses', () => {
    expect(register.facets.form.map((v) => [v.slug, v.label])).toEqual([
      ['chi-thi', 'Chỉ thị'],
      ['ke-hoach', 'Kế hoạch'],
      ['quyet-dinh', 'Quyết định'],
    ]);
    expect(register.facets.year.map((v) => v.slug)).toEqual(['2026', '2024']);
    expect(register.facets.field.map((v) => v.slug)).toEqual(['giao-thong-van-tai', 'noi-vu']);
    expect(register.facets.issuer.map((v) => v.slug)).toEqual(['so-y-te', 'uy-ban-nhan-dan-tinh-quang-ninh']);
    expect(FACET_SEGMENTS).toEqual({ form: 'hinh-thuc', issuer: 'co-quan-ban-hanh', year: 'nam', field: 'linh-vuc', validity: 'hieu-luc' });
  });

  it("links a document to the very filter page it is listed on", () => {
    for (const facet of ['form', 'issuer', 'year', 'field', 'validity'] as const) {
      for (const value of register.facets[facet]) {
        for (const d of value.documents) expect(facetSlug(facet, d, register.validity.get(d.documentId)!)).toBe(value.slug);
      }
    }
  });

  it('labels values in the portal language and keeps Vietnamese addresses on every portal', () => {
    const english = buildRegister(documents, today, 'en');
    expect(english.facets.form.map((v) => [v.slug, v.label])).toContainEqual(['quyet-dinh', 'Decision']);
    expect(validityLabel('expired', 'vi')).toBe('Hết hiệu lực');
    expect(validityLabel('expired', 'en')).toBe('No longer in force');
  });

  it('shows a form the CMS gained after this module was written, rather than failing', () => {
    expect(labelOf(DOCUMENT_FORMS, 'cong_dien', 'vi')).toBe('Cong dien');
    const register = buildRegister([doc({ number: '1/CĐ', issuedOn: '2026-01-01', form: 'cong_dien' })], today, 'vi');
    expect(register.facets.form.map((v) => v.slug)).toEqual(['cong-dien']);
  });
});

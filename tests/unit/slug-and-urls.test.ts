import { describe, expect, it } from 'vitest';
import { compactSlug, nfc, portalOrigin, slugify, validateOriginTemplate } from '@qn/portal-model';

describe('slugify', () => {
  it('removes tone marks and maps đ to d', () => {
    expect(slugify('Đông Triều')).toBe('dong-trieu');
    expect(slugify('Quyết định số 1234/QĐ-UBND về việc phê duyệt')).toBe('quyet-dinh-so-1234-qd-ubnd-ve-viec-phe-duyet');
    expect(slugify('  Hội nghị — tổng kết năm 2026!  ')).toBe('hoi-nghi-tong-ket-nam-2026');
  });

  it('treats composed and decomposed input alike', () => {
    const decomposed = 'Hạ Long'.normalize('NFD');
    expect(slugify(decomposed)).toBe('ha-long');
    expect(nfc(decomposed)).toBe('Hạ Long'.normalize('NFC'));
    expect(compactSlug('Cẩm Phả')).toBe('campha');
  });
});

describe('portal origins', () => {
  it('fills the deployment template from portal data', () => {
    expect(portalOrigin('https://{domain}/', { code: 'halong', domain: 'halong.quangninh.gov.vn' })).toBe('https://halong.quangninh.gov.vn');
    expect(portalOrigin('http://{code}.localhost:4321', { code: 'halong', domain: 'x' })).toBe('http://halong.localhost:4321');
  });

  it('refuses templates that would put portals below a path or on one address', () => {
    expect(validateOriginTemplate('https://{domain}')).toBeNull();
    expect(validateOriginTemplate('https://portal.example')).toMatch(/must contain \{code\} or \{domain\}/);
    expect(validateOriginTemplate('https://example.com/{code}')).toMatch(/origin only/);
    expect(validateOriginTemplate('ftp://{domain}')).toMatch(/http/);
  });
});

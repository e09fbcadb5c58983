import { describe, expect, it } from 'vitest';
import { parseEditorsCsv } from '@qn/editors';

describe('editors CSV', () => {
  it('reads editors with several portals, quoted cells and a byte-order mark', () => {
    const csv = '\uFEFFemail,password,role,portals,firstname,lastname\r\n' +
      'BienTap@QuangNinh.example,Portal-2026x,editor,halong halong-honggai,"Nguyễn, Văn",An\r\n' +
      'duyet@quangninh.example,,approver,soyte;soyte-bvdkt,,\r\n';
    const { specs, problems } = parseEditorsCsv(csv);
    expect(problems).toEqual([]);
    expect(specs).toEqual([
      { email: 'bientap@quangninh.example', password: 'Portal-2026x', role: 'editor', portals: ['halong', 'halong-honggai'], firstname: 'Nguyễn, Văn', lastname: 'An' },
      { email: 'duyet@quangninh.example', role: 'approver', portals: ['soyte', 'soyte-bvdkt'] },
    ]);
  });

  it('reports every problem with its line and column', () => {
    const csv = 'email,password,role,portals\nnot-an-email,short,boss,\nok@quangninh.example,Portal-2026x,editor,Hạ-Long\nok@quangninh.example,Portal-2026x,editor,halong\n';
    const { problems } = parseEditorsCsv(csv);
    expect(problems).toEqual(
      expect.arrayContaining([
        { line: 2, field: 'email', message: 'not an e-mail address' },
        { line: 2, field: 'password', message: 'at least 8 characters' },
        { line: 2, field: 'role', message: 'must be editor, approver or reviewer' },
        { line: 2, field: 'portals', message: 'at least one portal' },
        expect.objectContaining({ line: 3, field: 'portals' }),
        { line: 4, field: 'email', message: 'ok@quangninh.example is already on line 3' },
      ]),
    );
  });

  it('refuses a file without the required columns', () => {
    expect(parseEditorsCsv('name,mail\nx,y\n').problems.map((p) => p.field)).toEqual(['email', 'role', 'portals']);
  });
});

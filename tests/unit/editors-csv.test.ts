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

  it('reads the semicolon file Excel writes on Vietnamese Windows, with a cell across two lines, and keeps line numbers true', () => {
    const csv = '\uFEFFemail;password;role;portals;firstname;lastname\r\n' +
      'a@quangninh.example;Portal-2026x;editor;halong halong-honggai;"Trần\r\nThị";"Bình; Hà"\r\n' +
      'b@quangninh.example;;boss;soyte;;\r\n';
    const { specs, problems } = parseEditorsCsv(csv);
    expect(specs).toEqual([{ email: 'a@quangninh.example', password: 'Portal-2026x', role: 'editor', portals: ['halong', 'halong-honggai'], firstname: 'Trần\nThị', lastname: 'Bình; Hà' }]);
    // The second record starts on line 4: the quoted cell took lines 2 and 3.
    expect(problems).toEqual([{ line: 4, field: 'role', message: 'must be editor, approver or reviewer' }]);
  });

  it('reports a quote left open instead of reading the rest of the file as one cell', () => {
    const { specs, problems } = parseEditorsCsv('email,role,portals\na@quangninh.example,editor,"halong\nb@quangninh.example,editor,soyte\n');
    expect(specs).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'file', message: 'a quoted cell is never closed: the file ends inside it' });
  });
});

/**
 * Sample legal documents of each body, with the validity mix a real register
 * has: regulations in force, an older one replaced by its successor
 * (replacedBy), a plan that has expired, and a document partly in force or
 * not yet in force.
 */
import { areaOf, isGovernment, type Body } from './bodies.ts';
import type { DocumentForm, LegalField, Validity } from './enums.ts';
import { personName } from './names.ts';
import { capitalise } from './phrases.ts';
import { createRandom, hashString, type Random } from './random.ts';
import { addDays, isoDate, lowerFirst, slugOf, startOfDay, viLongDate } from './text.ts';

export interface LegalDocumentSeed {
  portal: string;
  number: string;
  slug: string;
  form: DocumentForm;
  summary: string;
  issuerName: string;
  signer: string;
  issuedOn: string;
  effectiveOn: string;
  expiresOn?: string;
  validity: Validity;
  /** Number of the document of the same portal that replaces this one. */
  replacedBy?: string;
  field: LegalField;
  /** Paragraphs of the text. */
  body: string[];
}

const FORM_CODES: Partial<Record<DocumentForm, string>> = {
  quyet_dinh: 'QĐ', ke_hoach: 'KH', chi_thi: 'CT', huong_dan: 'HD', thong_bao: 'TB', bao_cao: 'BC', nghi_quyet: 'NQ',
};

export const WORKS: ReadonlyArray<{ text: string; field: LegalField }> = [
  { text: 'phòng, chống thiên tai và tìm kiếm cứu nạn', field: 'quoc_phong_an_ninh' },
  { text: 'cải cách hành chính và chuyển đổi số', field: 'noi_vu' },
  { text: 'giải ngân vốn đầu tư công', field: 'dau_tu' },
  { text: 'bảo vệ môi trường và ứng phó với biến đổi khí hậu', field: 'tai_nguyen_moi_truong' },
  { text: 'xây dựng nông thôn mới nâng cao, kiểu mẫu', field: 'nong_nghiep' },
  { text: 'phổ biến, giáo dục pháp luật', field: 'tu_phap' },
  { text: 'phát triển du lịch cộng đồng', field: 'van_hoa_du_lich' },
  { text: 'bảo đảm trật tự an toàn giao thông', field: 'giao_thong' },
  { text: 'giảm nghèo bền vững', field: 'lao_dong_xa_hoi' },
  { text: 'phòng cháy, chữa cháy và cứu nạn, cứu hộ', field: 'quoc_phong_an_ninh' },
  { text: 'thực hành tiết kiệm, chống lãng phí', field: 'tai_chinh' },
];

const REGULATIONS: Record<LegalField, string> = {
  noi_vu: 'Quy định về phân cấp quản lý công chức, viên chức',
  tai_chinh: 'Quy định về quản lý, sử dụng tài sản công',
  dau_tu: 'Quy định về trình tự, thủ tục thực hiện dự án đầu tư ngoài ngân sách',
  xay_dung: 'Quy định về quản lý chất lượng công trình xây dựng',
  dat_dai: 'Quy định về hạn mức giao đất ở và hạn mức công nhận quyền sử dụng đất ở',
  tai_nguyen_moi_truong: 'Quy định về quản lý chất thải rắn sinh hoạt',
  giao_thong: 'Quy định về quản lý, vận hành các bến thủy nội địa',
  nong_nghiep: 'Quy định về chính sách hỗ trợ phát triển sản xuất nông nghiệp hàng hóa',
  cong_thuong: 'Quy định về quản lý cụm công nghiệp',
  giao_duc: 'Quy định về quản lý dạy thêm, học thêm',
  y_te: 'Quy định về bảo đảm an toàn thực phẩm tại các bếp ăn tập thể',
  van_hoa_du_lich: 'Quy định về quản lý lễ hội và tổ chức các hoạt động văn hóa, du lịch',
  lao_dong_xa_hoi: 'Quy định về chính sách hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng',
  tu_phap: 'Quy định về công tác hòa giải ở cơ sở',
  khoa_hoc_cong_nghe: 'Quy định về quản lý nhiệm vụ khoa học và công nghệ',
  thong_tin_truyen_thong: 'Quy định về quản lý, vận hành cổng thông tin điện tử và các hệ thống thông tin dùng chung',
  quoc_phong_an_ninh: 'Quy định về phối hợp bảo đảm an ninh, trật tự tại khu dân cư',
  khac: 'Quy định về phối hợp cung cấp thông tin cho báo chí',
};

/** What other bodies regulate by decision: their own working. */
const INTERNAL_REGULATIONS = [
  'Quy định về quản lý, sử dụng tài sản công tại cơ quan',
  'Quy định về công tác văn thư, lưu trữ và quản lý văn bản điện tử',
  'Quy định về bảo đảm an toàn thông tin mạng trong hoạt động của cơ quan',
  'Quy định về quản lý, sử dụng xe ô tô phục vụ công tác',
];

interface Draft {
  form: DocumentForm;
  summary: string;
  field: LegalField;
  issued: Date;
  effective: Date;
  expires?: Date;
  validity: Validity;
  signer: string;
  replaces?: Draft;
  replacedBy?: Draft;
  number?: string;
}

/**
 * "1234/QĐ-UBND": a register number and the symbol of the form and issuer.
 * Drawn from the body's own random stream, not from the dates, so a document
 * keeps its number (the seed's natural key) whatever day the seed runs.
 */
function numberOf(rnd: Random, body: Body, form: DocumentForm, used: Set<string>): string {
  const code = FORM_CODES[form] ?? 'QĐ';
  const max = body.portal.level === 1 ? 3500 : body.portal.level === 2 ? 1500 : 400;
  let n = rnd.int(10, max);
  while (used.has(`${n}/${code}-${body.symbol}`)) n += 1;
  used.add(`${n}/${code}-${body.symbol}`);
  return `${n}/${code}-${body.symbol}`;
}

function textOf(body: Body, doc: Draft): string[] {
  const government = isGovernment(body);
  if (doc.form === 'quyet_dinh') {
    const article1 = doc.summary.startsWith('Ban hành ')
      ? `Điều 1. Ban hành kèm theo Quyết định này ${doc.summary.slice('Ban hành '.length)}.`
      : `Điều 1. ${capitalise(doc.summary.replace(/^Về việc /u, ''))}.`;
    const replaced = doc.replaces?.number ? ` và thay thế Quyết định số ${doc.replaces.number} ${viLongDate(doc.replaces.issued)}` : '';
    const commune = body.portal.kind === 'commune';
    const unit = body.portal.level === 3 && !commune;
    const proposer = commune ? 'công chức Văn phòng - Thống kê' : government ? 'Chánh Văn phòng Ủy ban nhân dân' : unit ? 'Trưởng phòng Hành chính - Tổng hợp' : 'Chánh Văn phòng';
    const executors = commune
      ? `Công chức chuyên môn thuộc Ủy ban nhân dân ${body.communeType}, trưởng ${body.communeType === 'xã' ? 'các thôn' : 'các khu phố'}`
      : government ? 'Chánh Văn phòng, thủ trưởng các cơ quan, đơn vị' : unit ? 'Trưởng các phòng, bộ phận thuộc đơn vị' : 'Chánh Văn phòng, trưởng các phòng, đơn vị trực thuộc';
    const basis = government
      ? 'Căn cứ Luật Tổ chức chính quyền địa phương;'
      : `Căn cứ quyết định ${unit ? '' : 'của Ủy ban nhân dân tỉnh '}quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của ${body.shortName};`;
    return [
      basis,
      `Theo đề nghị của ${proposer}.`,
      'QUYẾT ĐỊNH:',
      article1,
      `Điều 2. Quyết định này có hiệu lực kể từ ${viLongDate(doc.effective)}${replaced}.`,
      `Điều 3. ${executors} và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.`,
    ];
  }
  if (doc.form === 'ke_hoach') {
    return [
      'I. MỤC ĐÍCH, YÊU CẦU',
      `Triển khai đồng bộ, hiệu quả ${lowerFirst(doc.summary)}; nâng cao trách nhiệm của người đứng đầu các cơ quan, đơn vị.`,
      'II. NHIỆM VỤ, GIẢI PHÁP',
      'Tăng cường công tác tuyên truyền; rà soát, bổ sung kế hoạch chi tiết; kiểm tra, đôn đốc việc thực hiện và kịp thời tháo gỡ khó khăn, vướng mắc.',
      'III. TỔ CHỨC THỰC HIỆN',
      `Các cơ quan, đơn vị căn cứ Kế hoạch này xây dựng kế hoạch chi tiết, báo cáo kết quả thực hiện trước ngày 15/12/${doc.issued.getUTCFullYear()}.`,
    ];
  }
  return [
    `Thực hiện chỉ đạo của cấp trên, ${body.name} ${doc.form === 'chi_thi' ? 'yêu cầu' : 'hướng dẫn'} các cơ quan, đơn vị triển khai một số nội dung sau:`,
    `1. ${capitalise(lowerFirst(doc.summary).replace(/^về việc /u, ''))}, bảo đảm đúng tiến độ, chất lượng.`,
    '2. Phân công rõ người, rõ việc, rõ thời hạn hoàn thành; gắn trách nhiệm của người đứng đầu với kết quả thực hiện.',
    '3. Định kỳ hằng quý báo cáo kết quả thực hiện về Văn phòng để tổng hợp.',
  ];
}

/**
 * The documents of one body. `slot` spreads the kinds of validity over the
 * portals, so every kind occurs in the register. Level-1 and level-2 bodies
 * get four (in force, replaced by it, expired, and one in force, partly in
 * force or not yet in force); level-3 bodies their regulation in force and,
 * one in two, the older one it replaced. Foreign-language portals publish none.
 */
export function generateLegalDocuments(body: Body, signer: string, now: Date, slot: number): LegalDocumentSeed[] {
  if (body.portal.language !== 'vi') return [];
  const rnd = createRandom(hashString(`${body.portal.code}:documents`));
  const today = startOfDay(now);
  const year = today.getUTCFullYear();
  const government = isGovernment(body);
  const former = () => personName(rnd, false).full;
  const own = WORKS.filter((w) => body.info.fields.includes(w.field));
  const work = rnd.pick(own.length > 0 && rnd.next() < 0.7 ? own : WORKS);
  const field = rnd.pick(body.info.fields);
  const regulation = government
    ? `Quy chế làm việc của ${body.name}`
    : rnd.pick([`Quy chế làm việc của ${body.shortName}`, `Quy chế chi tiêu nội bộ của ${body.shortName}`, `Quy chế thực hiện dân chủ trong hoạt động của ${body.shortName}`]);

  const rIssued = addDays(today, -rnd.int(40, 420));
  const current: Draft = { form: 'quyet_dinh', summary: `Ban hành ${regulation}`, field: 'noi_vu', issued: rIssued, effective: addDays(rIssued, rnd.pick([0, 10])), validity: 'in_force', signer };
  const oIssued = addDays(rIssued, -rnd.int(800, 1800));
  const old: Draft = { ...current, issued: oIssued, effective: oIssued, expires: current.effective, validity: 'replaced', signer: former(), replacedBy: current };
  current.replaces = old;
  const eIssued = new Date(Date.UTC(year - 2, 0, rnd.int(8, 50)));
  const expired: Draft = {
    form: 'ke_hoach', summary: `Kế hoạch ${work.text} năm ${year - 2}`, field: work.field, issued: eIssued, effective: eIssued,
    expires: new Date(Date.UTC(year - 2, 11, 31)), validity: 'expired', signer: former(),
  };

  const drafts: Draft[] = [current];
  if (body.portal.level === 3) drafts.push(...(slot % 2 === 0 ? [old] : []));
  else {
    drafts.push(old, expired);
    const place = government ? ` trên địa bàn ${areaOf(body)}` : '';
    const kind = slot % 3;
    if (kind === 0) {
      const issued = addDays(today, -rnd.int(10, 200));
      drafts.push(government
        ? { form: 'chi_thi', summary: `Về tăng cường công tác ${work.text}${place} năm ${year}`, field: work.field, issued, effective: issued, validity: 'in_force', signer }
        : { form: 'huong_dan', summary: `Hướng dẫn thực hiện ${/^công tác /u.test(body.info.topic) ? '' : 'công tác '}${body.info.topic} năm ${year}`, field, issued, effective: issued, validity: 'in_force', signer });
    } else {
      const partly = kind === 1;
      const issued = partly ? addDays(today, -rnd.int(400, 900)) : addDays(today, -rnd.int(3, 12));
      drafts.push({
        form: 'quyet_dinh', summary: `Ban hành ${government ? `${REGULATIONS[field]}${place}` : rnd.pick(INTERNAL_REGULATIONS)}`, field: government ? field : 'noi_vu', issued,
        effective: partly ? addDays(issued, 10) : addDays(today, rnd.int(10, 40)), validity: partly ? 'partly_in_force' : 'not_yet_in_force', signer,
      });
    }
  }

  // Number every draft first: the replacing document's text cites the old number.
  const used = new Set<string>();
  for (const doc of drafts) doc.number = numberOf(rnd, body, doc.form, used);
  return drafts.map((doc) => {
    const number = doc.number ?? '';
    const text = textOf(body, doc);
    if (doc.validity === 'partly_in_force') text.push('Một số điều, khoản của Quy định đã được sửa đổi, bổ sung; các nội dung còn lại tiếp tục có hiệu lực thi hành.');
    return {
      portal: body.portal.code,
      number,
      slug: slugOf(`${number} ${doc.summary}`, 120),
      form: doc.form,
      summary: doc.summary,
      issuerName: body.name,
      signer: doc.signer,
      issuedOn: isoDate(doc.issued),
      effectiveOn: isoDate(doc.effective),
      ...(doc.expires ? { expiresOn: isoDate(doc.expires) } : {}),
      validity: doc.validity,
      ...(doc.replacedBy?.number ? { replacedBy: doc.replacedBy.number } : {}),
      field: doc.field,
      body: text,
    };
  });
}

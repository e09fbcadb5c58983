/**
 * The abbreviations of state language and what they stand for, searched
 * either way: "UBND" finds "Ủy ban nhân dân" and the reverse. Data, not
 * code: add a line here and the index's settings change with the next start
 * (Meilisearch lowercases the entries and folds their tone marks itself).
 * Two-letter forms that mean several things in this domain (TT: trung tâm,
 * thị trấn, thông tư) are left out.
 */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  UBND: ['ủy ban nhân dân'],
  HĐND: ['hội đồng nhân dân'],
  UBMTTQ: ['ủy ban mặt trận tổ quốc'],
  MTTQ: ['mặt trận tổ quốc'],
  ĐBQH: ['đại biểu quốc hội'],
  TTHC: ['thủ tục hành chính'],
  CCHC: ['cải cách hành chính'],
  CĐS: ['chuyển đổi số'],
  QĐ: ['quyết định'],
  NQ: ['nghị quyết'],
  NĐ: ['nghị định'],
  KH: ['kế hoạch'],
  CT: ['chỉ thị'],
  TB: ['thông báo'],
  HD: ['hướng dẫn'],
  BC: ['báo cáo'],
  BQL: ['ban quản lý'],
  BQLDA: ['ban quản lý dự án'],
  TP: ['thành phố'],
  TX: ['thị xã'],
  THPT: ['trung học phổ thông'],
  THCS: ['trung học cơ sở'],
  // Written "phòng cháy, chữa cháy": the comma parts the phrase, so its first half stands for it too.
  PCCC: ['phòng cháy chữa cháy', 'phòng cháy'],
  ATGT: ['an toàn giao thông'],
  NTM: ['nông thôn mới'],
  BHXH: ['bảo hiểm xã hội'],
  BHYT: ['bảo hiểm y tế'],
  KCN: ['khu công nghiệp'],
  KKT: ['khu kinh tế'],
  CNTT: ['công nghệ thông tin'],
  KTXH: ['kinh tế xã hội'],
  ĐTXD: ['đầu tư xây dựng'],
};

/** Meilisearch's `synonyms` setting: each abbreviation to its full forms, and each full form back to it. */
export function synonymSettings(table: Readonly<Record<string, readonly string[]>> = ABBREVIATIONS): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  const add = (from: string, to: string) => {
    const key = from.normalize('NFC').toLowerCase();
    const value = to.normalize('NFC').toLowerCase();
    synonyms[key] = [...new Set([...(synonyms[key] ?? []), value])];
  };
  for (const [short, fulls] of Object.entries(table)) {
    for (const full of fulls) {
      add(short, full);
      add(full, short);
    }
  }
  return synonyms;
}

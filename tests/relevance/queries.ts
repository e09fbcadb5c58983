/**
 * The platform's own relevance set: what readers of the portals type, with
 * the documents they are looking for, written from the seed's content (400
 * articles and the sample records, seeded at REFERENCE_TIME so dated titles
 * are fixed). A result matches an expectation when it is on that portal (if
 * named) and its title contains `title` or the word `word`, and its number
 * is `number` (each when given); a query
 * is answered when any of its expectations is among the first results.
 *
 * `kind` says what the query tests: a reader who types without tone marks,
 * with them, with the abbreviations of state language, with a mistake, a
 * document number in one of the forms readers use, a word whose tone marks
 * tell it from another ("đường" is not "Dương"), or in English or Chinese;
 * or the record sought is not an article or a legal document: a plan, a
 * disclosure, a recruitment notice, a consultation, a page, an agency, or a
 * leader by name or by position (who's who; the title is the leader's name).
 */
export const REFERENCE_TIME = new Date('2026-12-01T03:00:00Z');

export type QueryKind = 'untoned' | 'toned' | 'abbreviation' | 'misspelled' | 'number' | 'exact-tone' | 'english' | 'chinese' | 'scoped' | 'record';

export interface Expected {
  portal?: string;
  /** Part of the title (an article's title, a document's summary), compared in NFC without case. */
  title?: string;
  /** A legal document's number and symbol, exactly. */
  number?: string;
  /** A word of the title, with its very tone marks ("cửa", not "của"). */
  word?: string;
}

export interface RelevanceQuery {
  q: string;
  kind: QueryKind;
  /** Searched on this portal's site (it and the portals below it); absent: the whole province. */
  scope?: string;
  expect: Expected[];
}

export const QUERIES: RelevanceQuery[] = [
  // Without tone marks: what most readers type on a phone.
  { kind: 'untoned', q: 'kiem tra cong tac bao ve moi truong va ung pho bien doi khi hau', expect: [{ portal: 'quangninh', title: 'Kiểm tra công tác bảo vệ môi trường' }] },
  { kind: 'untoned', q: 'carnaval ha long 2026', expect: [{ title: 'Carnaval Hạ Long năm 2026' }] },
  { kind: 'untoned', q: 'le hoi yen tu', expect: [{ title: 'Lễ hội Yên Tử' }] },
  { kind: 'untoned', q: 'le hoi tien cong', expect: [{ title: 'Lễ hội Tiên Công' }] },
  { kind: 'untoned', q: 'le hoi den cua ong', expect: [{ title: 'Lễ hội đền Cửa Ông' }] },
  { kind: 'untoned', q: 'quang ba hinh anh cang cai lan', expect: [{ title: 'quảng bá hình ảnh cảng Cái Lân' }] },
  { kind: 'untoned', q: 'cua khau quoc te mong cai', expect: [{ title: 'cửa khẩu quốc tế Móng Cái' }] },
  { kind: 'untoned', q: 'quang ba dao co to', expect: [{ title: 'quảng bá hình ảnh đảo Cô Tô' }] },
  { kind: 'untoned', q: 'thanh toan khong dung tien mat trong dich vu cong', expect: [{ title: 'thanh toán không dùng tiền mặt' }] },
  { kind: 'untoned', q: 'giam ngheo ben vung vung dong bao dan toc thieu so', expect: [{ title: 'giảm nghèo bền vững vùng đồng bào dân tộc thiểu số' }] },
  { kind: 'untoned', q: 'dam ha hoi nghi doi thoai voi doanh nghiep', expect: [{ portal: 'damha', title: 'đối thoại với doanh nghiệp' }] },
  { kind: 'untoned', q: 'lich tiep cong dan so thong tin va truyen thong', expect: [{ portal: 'sotttt', title: 'lịch tiếp công dân' }] },

  // With tone marks, naming the unit.
  { kind: 'toned', q: 'Xã Đường Hoa lịch tiếp công dân', expect: [{ portal: 'haiha-duonghoa', title: 'lịch tiếp công dân' }] },
  { kind: 'toned', q: 'Ban Quản lý vịnh Hạ Long thanh toán không dùng tiền mặt', expect: [{ portal: 'bqlvhl', title: 'thanh toán không dùng tiền mặt' }] },
  { kind: 'toned', q: 'Văn phòng Tỉnh ủy chuyển đổi số', expect: [{ portal: 'tinhuy', title: 'chuyển đổi số' }] },
  { kind: 'toned', q: 'Sở Y tế thanh toán không dùng tiền mặt', expect: [{ portal: 'soyte', title: 'thanh toán không dùng tiền mặt' }] },
  { kind: 'toned', q: 'Cô Tô nông thôn mới kiểu mẫu', expect: [{ portal: 'coto', title: 'nông thôn mới kiểu mẫu' }] },
  { kind: 'toned', q: 'Móng Cái lễ ký kết chương trình phối hợp', expect: [{ portal: 'mongcai', title: 'lễ ký kết chương trình phối hợp' }] },
  { kind: 'toned', q: 'Vân Đồn phát huy vai trò người đứng đầu', expect: [{ portal: 'vandon', title: 'người đứng đầu' }] },
  { kind: 'toned', q: 'Cẩm Phả tập huấn nghiệp vụ cán bộ công chức', expect: [{ portal: 'campha', title: 'tập huấn nghiệp vụ' }] },
  { kind: 'toned', q: 'hướng dẫn công tác tư pháp năm 2026', expect: [{ portal: 'sotuphap', number: '713/HD-STP' }] },
  { kind: 'toned', q: 'quy chế thực hiện dân chủ Sở Giáo dục và Đào tạo', expect: [{ portal: 'sogddt', number: '1155/QĐ-SGDĐT' }, { portal: 'sogddt', number: '815/QĐ-SGDĐT' }] },

  // The abbreviations of state language, one way and the other.
  { kind: 'abbreviation', q: 'ủy ban nhân dân thành phố Hạ Long chuyển đổi số', expect: [{ portal: 'halong', title: 'UBND thành phố Hạ Long đẩy mạnh chuyển đổi số' }] },
  { kind: 'abbreviation', q: 'UBND thành phố Hạ Long quy chế làm việc', expect: [{ portal: 'halong', number: '856/QĐ-UBND' }, { portal: 'halong', number: '1231/QĐ-UBND' }] },
  { kind: 'abbreviation', q: 'UBND tinh Quang Ninh quy che lam viec', expect: [{ portal: 'quangninh', number: '1139/QĐ-UBND' }, { portal: 'quangninh', number: '2454/QĐ-UBND' }] },
  { kind: 'abbreviation', q: 'uy ban nhan dan huyen Tien Yen TTHC chuyen doi so', expect: [{ portal: 'tienyen', title: 'chuyển đổi số' }] },
  { kind: 'abbreviation', q: 'hội đồng nhân dân tỉnh kỷ luật kỷ cương hành chính', expect: [{ portal: 'hdnd', title: 'kỷ luật, kỷ cương hành chính' }] },
  { kind: 'abbreviation', q: 'BQL vịnh Hạ Long thi đua', expect: [{ portal: 'bqlvhl', title: 'Ban Quản lý vịnh Hạ Long' }] },
  { kind: 'abbreviation', q: 'KH cải cách hành chính và chuyển đổi số năm 2024', expect: [{ title: 'Kế hoạch cải cách hành chính và chuyển đổi số năm 2024' }] },
  { kind: 'abbreviation', q: 'CT tăng cường bảo vệ môi trường tỉnh Quảng Ninh', expect: [{ portal: 'quangninh', number: '2083/CT-UBND' }] },
  { kind: 'abbreviation', q: 'UBND TP Hạ Long phổ biến giáo dục pháp luật', expect: [{ portal: 'halong', title: 'phổ biến, giáo dục pháp luật' }] },
  { kind: 'abbreviation', q: 'kế hoạch PCCC và cứu nạn cứu hộ Hạ Long', expect: [{ portal: 'halong', number: '1240/KH-UBND' }, { portal: 'halong', number: '513/CT-UBND' }] },
  { kind: 'abbreviation', q: 'kế hoạch bảo đảm trật tự ATGT năm 2024', expect: [{ title: 'Kế hoạch bảo đảm trật tự an toàn giao thông năm 2024' }] },
  { kind: 'abbreviation', q: 'HD công tác ngoại vụ 2026', expect: [{ portal: 'songoaivu', number: '154/HD-SNgV' }] },
  // Only the abbreviation in the title tells these apart from thirty others that "đẩy mạnh chuyển đổi số".
  { kind: 'abbreviation', q: 'ủy ban nhân dân đẩy mạnh chuyển đổi số', expect: [{ title: 'chuyển đổi số', word: 'UBND' }] },

  // Document numbers in the forms readers type.
  { kind: 'number', q: '1550/KH-UBND', expect: [{ portal: 'quangninh', number: '1550/KH-UBND' }] },
  { kind: 'number', q: '1550/kh-ubnd', expect: [{ portal: 'quangninh', number: '1550/KH-UBND' }] },
  { kind: 'number', q: '1550 KH UBND', expect: [{ portal: 'quangninh', number: '1550/KH-UBND' }] },
  { kind: 'number', q: 'số 2083/CT-UBND', expect: [{ portal: 'quangninh', number: '2083/CT-UBND' }] },
  { kind: 'number', q: '513/CT-UBND', scope: 'halong', expect: [{ portal: 'halong', number: '513/CT-UBND' }] },
  { kind: 'number', q: 'quyết định 616/QĐ-UBND', expect: [{ portal: 'campha', number: '616/QĐ-UBND' }] },
  { kind: 'number', q: '1444/KH-SNNPTNT', expect: [{ portal: 'sonnptnt', number: '1444/KH-SNNPTNT' }] },
  { kind: 'number', q: '1155 QĐ SGDĐT', expect: [{ portal: 'sogddt', number: '1155/QĐ-SGDĐT' }] },
  { kind: 'number', q: '1155/qd-sgddt', expect: [{ portal: 'sogddt', number: '1155/QĐ-SGDĐT' }] },
  { kind: 'number', q: '610/QĐ-VPĐĐBQH', expect: [{ portal: 'hdnd', number: '610/QĐ-VPĐĐBQH' }] },
  { kind: 'number', q: 'văn bản số 71/KH-UBND', expect: [{ portal: 'campha', number: '71/KH-UBND' }] },
  { kind: 'number', q: '305/QD-UBND Uong Bi', expect: [{ portal: 'uongbi', number: '305/QĐ-UBND' }] },

  // Mistakes: a letter wrong, tone marks half typed or misplaced.
  { kind: 'misspelled', q: 'carnavan ha long', expect: [{ title: 'Carnaval Hạ Long' }] },
  { kind: 'misspelled', q: 'chuyen doi sô thủ tuc hanh chinh UBND Ha Long', expect: [{ portal: 'halong', title: 'chuyển đổi số' }] },
  { kind: 'misspelled', q: 'phòng chay chữa cháy Hạ long', expect: [{ portal: 'halong', number: '1240/KH-UBND' }, { portal: 'halong', number: '513/CT-UBND' }] },
  { kind: 'misspelled', q: 'tiep cong dan thang 11 Phuong Bai Chay', expect: [{ portal: 'halong-baichay', title: 'lịch tiếp công dân' }] },
  { kind: 'misspelled', q: 'quảng bá hình ảnh khu kinh tê Vân Đồn', expect: [{ title: 'khu kinh tế Vân Đồn' }] },
  { kind: 'misspelled', q: 'giảm nghèo bền vửng Sở Thông tin và Truyền thông', expect: [{ portal: 'sotttt', title: 'giảm nghèo bền vững' }] },
  { kind: 'misspelled', q: 'lễ hội Hà Long', expect: [{ title: 'Hạ Long' }] },
  { kind: 'misspelled', q: 'chuyển đồi số thủ tục hành chính', expect: [{ title: 'chuyển đổi số trong giải quyết thủ tục hành chính' }] },
  { kind: 'misspelled', q: 'quảng bá cưa khẩu Móng Cái', expect: [{ title: 'cửa khẩu quốc tế Móng Cái' }] },
  { kind: 'misspelled', q: 'phòng chóng thiên tai tìm kiếm cứu nan', expect: [{ title: 'phòng, chống thiên tai và tìm kiếm cứu nạn' }] },

  // Tone marks that tell one word from another: the exact form comes first.
  { kind: 'exact-tone', q: 'Đường Hoa', expect: [{ portal: 'haiha-duonghoa' }] },
  { kind: 'exact-tone', q: 'đường thủy nội địa', expect: [{ portal: 'sogtvt-cvdtnd' }] },
  { kind: 'exact-tone', q: 'Dương Huy', expect: [{ portal: 'campha-duonghuy' }] },
  { kind: 'exact-tone', q: 'Sơn Dương', expect: [{ portal: 'halong-sonduong' }] },
  { kind: 'exact-tone', q: 'đường', expect: [{ word: 'đường' }] },
  { kind: 'exact-tone', q: 'cửa', expect: [{ word: 'cửa' }] },
  { kind: 'exact-tone', q: 'đảo', expect: [{ word: 'đảo' }] },
  { kind: 'exact-tone', q: 'vịnh', expect: [{ word: 'vịnh' }] },
  { kind: 'exact-tone', q: 'Trần', expect: [{ word: 'trần' }] },
  { kind: 'exact-tone', q: 'phố', expect: [{ word: 'phố' }] },
  { kind: 'exact-tone', q: 'Hà', expect: [{ word: 'hà' }] },
  { kind: 'exact-tone', q: 'Tiên', expect: [{ word: 'tiên' }] },

  // The English and Chinese portals, searched in their language.
  { kind: 'english', q: 'record number of visitors Ha Long Bay', scope: 'english', expect: [{ portal: 'english', title: 'Ha Long Bay welcomes record number of visitors' }] },
  { kind: 'english', q: 'investment Van Don economic zone', scope: 'english', expect: [{ portal: 'english', title: 'attracts new investment in Van Don economic zone' }] },
  { kind: 'english', q: "people's committee foreign business associations", scope: 'english', expect: [{ portal: 'english', title: "Provincial People's Committee meets foreign business associations" }] },
  { kind: 'chinese', q: '下龙湾 游客', scope: 'chinese', expect: [{ portal: 'chinese', title: '下龙湾接待游客人数创新高' }] },
  { kind: 'chinese', q: '芒街口岸贸易', scope: 'chinese', expect: [{ portal: 'chinese', title: '芒街口岸进出口贸易稳步增长' }] },
  { kind: 'chinese', q: '投资项目', scope: 'chinese', expect: [{ portal: 'chinese', title: '吸引多个新投资项目' }] },

  // On one portal's site: that portal and those below it.
  { kind: 'scoped', q: 'lich tiep cong dan', scope: 'tinhuy', expect: [{ portal: 'tinhuy', title: 'lịch tiếp công dân' }] },
  { kind: 'scoped', q: 'chuyển đổi số', scope: 'sogddt', expect: [{ portal: 'sogddt', title: 'chuyển đổi số' }] },
  { kind: 'scoped', q: 'an toàn thông tin mạng', scope: 'soyte', expect: [{ portal: 'soyte', number: '1005/QĐ-SYT' }] },
  { kind: 'scoped', q: 'quy che chi tieu noi bo', scope: 'sotttt', expect: [{ portal: 'sotttt', number: '1402/QĐ-STTTT' }, { portal: 'sotttt', number: '1434/QĐ-STTTT' }] },

  // Every other public kind: plans, disclosures, recruitment, consultations, pages, agencies and leaders.
  { kind: 'record', q: 'quy hoach tinh quang ninh thoi ky 2021 2030', expect: [{ portal: 'quangninh', title: 'Quy hoạch tỉnh Quảng Ninh thời kỳ 2021 - 2030' }] },
  { kind: 'record', q: 'de an nang cao chat luong phuc vu nguoi dan va doanh nghiep', scope: 'coto', expect: [{ portal: 'coto', title: 'Đề án nâng cao chất lượng phục vụ người dân' }] },
  { kind: 'record', q: 'so lieu thong ke hoat dong UBND huyen Co To 2025', expect: [{ portal: 'coto', title: 'Số liệu thống kê hoạt động của UBND huyện Cô Tô năm 2025' }] },
  { kind: 'record', q: 'tuyển dụng công chức', scope: 'bache', expect: [{ title: 'Thông báo tuyển dụng công chức năm 2026' }] },
  { kind: 'record', q: 'gop y du thao quy che phoi hop bao ve moi truong', expect: [{ portal: 'tienyen', title: 'Quy chế phối hợp trong công tác bảo vệ môi trường' }] },
  { kind: 'record', q: 'gioi thieu chung', scope: 'soyte', expect: [{ portal: 'soyte', title: 'Giới thiệu chung' }] },
  { kind: 'record', q: 'To Thuy Nga', expect: [{ portal: 'quangninh', title: 'Tô Thúy Nga' }] },
  { kind: 'record', q: 'giám đốc sở công thương', expect: [{ portal: 'socongthuong', title: 'Bùi Thị Thu Nhung' }] },
  { kind: 'record', q: 'mat the bao hiem y te cap lai', expect: [{ title: 'Cấp lại thẻ bảo hiểm y tế bị mất' }] },
  { kind: 'record', q: 'khai sinh cho con bố mẹ chưa kết hôn', scope: 'halong', expect: [{ portal: 'halong', title: 'Đăng ký khai sinh cho con khi bố mẹ chưa đăng ký kết hôn' }] },
  { kind: 'record', q: 'truong THPT chuyen Ha Long', expect: [{ title: 'Trường THPT Chuyên Hạ Long' }] },
];

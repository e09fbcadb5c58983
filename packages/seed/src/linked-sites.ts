/** The 26 information websites related to Quảng Ninh that the portals list and link to, but do not build. */
export interface LinkedSiteSeed {
  name: string;
  url: string;
  owner: string;
  description: string;
  order: number;
}

const SITES: Array<Omit<LinkedSiteSeed, 'order'>> = [
  { name: 'Báo Quảng Ninh', url: 'https://baoquangninh.vn', owner: 'Trung tâm Truyền thông tỉnh Quảng Ninh', description: 'Tin tức thời sự, chính trị, kinh tế, văn hóa, xã hội của tỉnh Quảng Ninh.' },
  { name: 'Đài Phát thanh và Truyền hình Quảng Ninh (QTV)', url: 'https://qtv.vn', owner: 'Trung tâm Truyền thông tỉnh Quảng Ninh', description: 'Chương trình phát thanh, truyền hình và tin tức trực tuyến của tỉnh.' },
  { name: 'Cổng Dịch vụ công tỉnh Quảng Ninh', url: 'https://dichvucong.quangninh.gov.vn', owner: 'Văn phòng UBND tỉnh Quảng Ninh', description: 'Nộp hồ sơ, tra cứu và thanh toán trực tuyến thủ tục hành chính của tỉnh.' },
  { name: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn', owner: 'Văn phòng Chính phủ', description: 'Dịch vụ công trực tuyến dùng chung cho người dân và doanh nghiệp cả nước.' },
  { name: 'Trung tâm Phục vụ hành chính công tỉnh', url: 'https://hcc.quangninh.gov.vn', owner: 'Văn phòng UBND tỉnh Quảng Ninh', description: 'Thông tin về tiếp nhận, giải quyết và trả kết quả thủ tục hành chính.' },
  { name: 'Cơ sở dữ liệu văn bản quy phạm pháp luật tỉnh Quảng Ninh', url: 'https://vbpl.vn/quangninh', owner: 'Sở Tư pháp tỉnh Quảng Ninh', description: 'Tra cứu văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành.' },
  { name: 'Hệ thống quản lý văn bản và điều hành tỉnh Quảng Ninh', url: 'https://qlvb.quangninh.gov.vn', owner: 'Văn phòng UBND tỉnh Quảng Ninh', description: 'Hệ thống văn bản điện tử liên thông giữa các cơ quan hành chính của tỉnh.' },
  { name: 'Hệ thống tiếp nhận phản ánh, kiến nghị tỉnh Quảng Ninh', url: 'https://pakn.quangninh.gov.vn', owner: 'Văn phòng UBND tỉnh Quảng Ninh', description: 'Gửi và theo dõi phản ánh, kiến nghị của người dân, doanh nghiệp về quy định hành chính.' },
  { name: 'Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Quảng Ninh', url: 'https://ioc.quangninh.gov.vn', owner: 'Sở Thông tin và Truyền thông tỉnh Quảng Ninh', description: 'Số liệu giám sát, điều hành kinh tế - xã hội và đô thị thông minh của tỉnh.' },
  { name: 'Cổng thông tin quy hoạch tỉnh Quảng Ninh', url: 'https://quyhoach.quangninh.gov.vn', owner: 'Sở Xây dựng tỉnh Quảng Ninh', description: 'Công bố, tra cứu thông tin quy hoạch xây dựng và quy hoạch đô thị.' },
  { name: 'Hệ thống thông tin đất đai tỉnh Quảng Ninh', url: 'https://datdai.quangninh.gov.vn', owner: 'Sở Tài nguyên và Môi trường tỉnh Quảng Ninh', description: 'Tra cứu thông tin thửa đất, bảng giá đất và thủ tục đất đai.' },
  { name: 'Sàn giao dịch việc làm Quảng Ninh', url: 'https://vieclamquangninh.gov.vn', owner: 'Trung tâm Dịch vụ việc làm tỉnh Quảng Ninh', description: 'Kết nối người lao động với doanh nghiệp, thông tin phiên giao dịch việc làm.' },
  { name: 'Hệ thống thư điện tử công vụ tỉnh Quảng Ninh', url: 'https://mail.quangninh.gov.vn', owner: 'Sở Thông tin và Truyền thông tỉnh Quảng Ninh', description: 'Thư điện tử dành cho cán bộ, công chức, viên chức của tỉnh.' },
  { name: 'Trường Đại học Hạ Long', url: 'https://daihochalong.edu.vn', owner: 'UBND tỉnh Quảng Ninh', description: 'Thông tin tuyển sinh, đào tạo và nghiên cứu khoa học của nhà trường.' },
  { name: 'Trường Đại học Công nghiệp Quảng Ninh', url: 'https://qui.edu.vn', owner: 'Bộ Công Thương', description: 'Đào tạo kỹ sư mỏ, điện, cơ khí, công nghệ thông tin cho vùng than.' },
  { name: 'Trường Cao đẳng Y tế Quảng Ninh', url: 'https://cdytquangninh.edu.vn', owner: 'Sở Y tế tỉnh Quảng Ninh', description: 'Đào tạo nhân lực điều dưỡng, hộ sinh, dược và kỹ thuật y học.' },
  { name: 'Trường Cao đẳng Việt - Hàn Quảng Ninh', url: 'https://viethanqn.edu.vn', owner: 'UBND tỉnh Quảng Ninh', description: 'Đào tạo nghề chất lượng cao theo hợp tác Việt Nam - Hàn Quốc.' },
  { name: 'Bệnh viện Bãi Cháy', url: 'https://benhvienbaichay.vn', owner: 'Sở Y tế tỉnh Quảng Ninh', description: 'Đặt lịch khám, thông tin chuyên khoa và hướng dẫn người bệnh.' },
  { name: 'Bệnh viện Sản Nhi Quảng Ninh', url: 'https://sannhiquangninh.vn', owner: 'Sở Y tế tỉnh Quảng Ninh', description: 'Khám, chữa bệnh chuyên khoa sản và nhi; tư vấn sức khỏe bà mẹ, trẻ em.' },
  { name: 'Bệnh viện Việt Nam - Thụy Điển Uông Bí', url: 'https://bvvntd.vn', owner: 'Bộ Y tế', description: 'Bệnh viện đa khoa hạng I phục vụ Nhân dân khu vực miền Tây của tỉnh.' },
  { name: 'Khu di tích và danh thắng Yên Tử', url: 'https://yentu.quangninh.gov.vn', owner: 'Ban Quản lý di tích và rừng quốc gia Yên Tử', description: 'Giới thiệu di sản, lịch lễ hội và thông tin tham quan Yên Tử.' },
  { name: 'Cảng hàng không quốc tế Vân Đồn', url: 'https://vandonairport.vn', owner: 'Công ty Cổ phần Cảng hàng không quốc tế Vân Đồn', description: 'Lịch bay, dịch vụ hành khách và thông tin di chuyển tới sân bay.' },
  { name: 'Công ty Điện lực Quảng Ninh', url: 'https://pcquangninh.evnnpc.vn', owner: 'Tổng công ty Điện lực miền Bắc', description: 'Lịch tạm ngừng cung cấp điện, tra cứu hóa đơn và dịch vụ điện trực tuyến.' },
  { name: 'Công ty Cổ phần Nước sạch Quảng Ninh', url: 'https://quawaco.com.vn', owner: 'Công ty Cổ phần Nước sạch Quảng Ninh', description: 'Thông báo cấp nước, tra cứu hóa đơn và đăng ký lắp đặt đồng hồ nước.' },
  { name: 'Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam', url: 'https://vinacomin.vn', owner: 'Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam', description: 'Tin tức ngành than, khoáng sản gắn với vùng mỏ Quảng Ninh.' },
  { name: 'Chương trình Mỗi xã, phường một sản phẩm (OCOP) Quảng Ninh', url: 'https://ocopquangninh.vn', owner: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ninh', description: 'Giới thiệu sản phẩm OCOP, điểm bán và hoạt động xúc tiến thương mại.' },
];

export const LINKED_SITES: LinkedSiteSeed[] = SITES.map((site, i) => ({ ...site, order: i + 1 }));

/** Phrase banks for sample articles. Natural Vietnamese of the kind state portals publish. */

export const VI = {
  works: [
    'phòng, chống thiên tai và tìm kiếm cứu nạn',
    'xây dựng nông thôn mới kiểu mẫu',
    'bảo vệ môi trường và ứng phó biến đổi khí hậu',
    'phòng cháy, chữa cháy',
    'bảo đảm trật tự an toàn giao thông',
    'cải cách hành chính và chuyển đổi số',
    'giải ngân vốn đầu tư công',
    'chăm sóc sức khỏe ban đầu cho nhân dân',
    'giảm nghèo bền vững vùng đồng bào dân tộc thiểu số',
    'phát triển du lịch cộng đồng',
    'tiếp công dân và giải quyết khiếu nại, tố cáo',
    'phổ biến, giáo dục pháp luật',
  ],
  events: [
    'hội nghị sơ kết công tác 6 tháng đầu năm',
    'hội nghị tổng kết công tác năm',
    'buổi làm việc với các phòng, ban chuyên môn',
    'hội nghị đối thoại với doanh nghiệp',
    'lớp tập huấn nghiệp vụ cho cán bộ, công chức',
    'lễ ký kết chương trình phối hợp',
  ],
  goals: [
    'nâng cao chất lượng phục vụ người dân và doanh nghiệp',
    'đẩy nhanh tiến độ các dự án trọng điểm',
    'tăng cường kỷ luật, kỷ cương hành chính',
    'phát huy vai trò của người đứng đầu',
    'đẩy mạnh thanh toán không dùng tiền mặt trong dịch vụ công',
    'bảo đảm an sinh xã hội và đời sống của nhân dân',
  ],
  festivals: ['Carnaval Hạ Long', 'Lễ hội Yên Tử', 'Lễ hội Bạch Đằng', 'Lễ hội đền Cửa Ông', 'Lễ hội Tiên Công', 'Ngày hội văn hóa các dân tộc Bình Liêu'],
  places: ['vịnh Hạ Long', 'khu di tích Yên Tử', 'cửa khẩu quốc tế Móng Cái', 'đảo Cô Tô', 'khu kinh tế Vân Đồn', 'cảng Cái Lân'],
};

export const VI_TITLES: ReadonlyArray<(o: TitleVars) => string> = [
  (o) => `${o.org} tổ chức ${o.event} năm ${o.year}`,
  (o) => `${o.org} triển khai kế hoạch ${o.work} năm ${o.year}`,
  (o) => `Kiểm tra công tác ${o.work} tại ${o.org}`,
  (o) => `${o.org} đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính`,
  (o) => `Nâng cao hiệu quả công tác ${o.work}`,
  (o) => `${o.org} phát động phong trào thi đua ${o.goal}`,
  (o) => `Thông báo lịch tiếp công dân tháng ${o.month} năm ${o.year} của ${o.org}`,
  (o) => `${o.festival} năm ${o.year} thu hút đông đảo du khách`,
  (o) => `Quảng Ninh tăng cường quảng bá hình ảnh ${o.place}`,
  (o) => `${o.org}: ${capitalise(o.goal)}`,
];

export interface TitleVars {
  org: string;
  event: string;
  work: string;
  goal: string;
  festival: string;
  place: string;
  month: number;
  year: number;
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi-VN') + text.slice(1);
}

export const VI_PARAGRAPHS: ReadonlyArray<(o: TitleVars & { day: number; percent: number; percent2: number }) => string> = [
  (o) =>
    `Ngày ${o.day}/${o.month}/${o.year}, ${o.org} đã tổ chức ${o.event} nhằm đánh giá kết quả thực hiện nhiệm vụ và đề ra giải pháp cho thời gian tới. Tham dự có đại diện lãnh đạo các phòng, ban, đơn vị liên quan.`,
  (o) =>
    `Theo báo cáo, từ đầu năm đến nay, đơn vị đã hoàn thành ${o.percent}% chỉ tiêu kế hoạch đề ra; tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn đạt ${o.percent2}%.`,
  (o) =>
    `Công tác ${o.work} được triển khai đồng bộ, bài bản, có sự vào cuộc của cả hệ thống chính trị và sự đồng thuận của nhân dân.`,
  () =>
    'Phát biểu chỉ đạo, lãnh đạo đơn vị đề nghị các phòng, ban tiếp tục quán triệt, thực hiện nghiêm các chỉ đạo của Tỉnh ủy, UBND tỉnh; lấy sự hài lòng của người dân và doanh nghiệp làm thước đo hiệu quả công việc.',
  () =>
    'Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số tồn tại, hạn chế như: tiến độ giải ngân vốn đầu tư công còn chậm; việc ứng dụng công nghệ thông tin ở một số bộ phận chưa đồng bộ.',
  (o) => `Thời gian tới, ${o.org} tập trung ${o.goal}, phấn đấu hoàn thành toàn diện các mục tiêu, nhiệm vụ năm ${o.year}.`,
  (o) =>
    `Dịp này, nhiều hoạt động văn hóa, thể thao đặc sắc gắn với ${o.place} được tổ chức, góp phần quảng bá hình ảnh đất và người Quảng Ninh thân thiện, mến khách.`,
];

export const VI_SUMMARIES: ReadonlyArray<(o: TitleVars) => string> = [
  (o) => `${o.org} đánh giá kết quả thực hiện nhiệm vụ và đề ra giải pháp ${o.goal} trong thời gian tới.`,
  (o) => `Công tác ${o.work} tiếp tục được triển khai quyết liệt, đồng bộ, đạt nhiều kết quả tích cực.`,
  (o) => `Năm ${o.year}, ${o.org} đặt mục tiêu ${o.goal}.`,
];

export const EN = {
  titles: [
    (y: number) => `Quang Ninh attracts new investment in Van Don economic zone in ${y}`,
    (y: number) => `Ha Long Bay welcomes record number of visitors in ${y}`,
    () => `Provincial People's Committee meets foreign business associations`,
    () => `Quang Ninh leads the country in the Provincial Competitiveness Index`,
    () => `New expressway links Ha Long with Mong Cai border gate`,
    () => `Digital transformation speeds up public services for citizens`,
  ],
  paragraphs: [
    'The provincial authorities reviewed progress on key infrastructure projects and agreed on measures to remove obstacles for investors.',
    'Quang Ninh continues to improve its business environment, simplifying administrative procedures and expanding online public services.',
    'Representatives of the departments concerned presented the results achieved and the tasks for the coming months.',
    'The province aims to develop a green, sustainable economy built on services, tourism and high-tech industry.',
  ],
};

export const ZH = {
  titles: [
    (y: number) => `${y}年广宁省吸引多个新投资项目`,
    () => `下龙湾接待游客人数创新高`,
    () => `广宁省人民委员会会见外国企业协会代表`,
    () => `芒街口岸进出口贸易稳步增长`,
    () => `广宁省推进数字化转型，提升公共服务质量`,
  ],
  paragraphs: [
    '省有关部门负责人总结了重点项目的进展情况，并提出了解决投资者困难的措施。',
    '广宁省继续改善营商环境，简化行政手续，扩大在线公共服务。',
    '该省致力于发展以服务业、旅游业和高科技产业为基础的绿色可持续经济。',
  ],
};

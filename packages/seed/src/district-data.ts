/**
 * What the sample profiles say about each of the 13 district-level units of
 * the tree: kind and English name, where its communes lie on the map
 * (approximate centre and spread), and the sights, peoples and festivals
 * its communes' profiles draw on.
 */
export interface DistrictInfo {
  /** "thành phố", "thị xã" or "huyện" */
  type: 'thành phố' | 'thị xã' | 'huyện';
  /** The place name without its type: "Hạ Long". */
  place: string;
  en: string;
  lat: number;
  lng: number;
  /** Degrees around the centre that the district's communes spread over. */
  spread: number;
  peoples: string[];
  festivals: string[];
  sights: string[];
  /** One sentence on what the district lives on. */
  economy: string;
}

export const DISTRICT_INFO: Record<string, DistrictInfo> = {
  halong: {
    type: 'thành phố', place: 'Hạ Long', en: 'Ha Long City', lat: 20.99, lng: 107.06, spread: 0.07,
    peoples: ['Kinh', 'Dao', 'Tày', 'Sán Dìu'],
    festivals: ['Lễ hội Carnaval Hạ Long', 'lễ hội chùa Long Tiên'],
    sights: ['vịnh Hạ Long', 'núi Bài Thơ', 'chùa Long Tiên', 'Bảo tàng Quảng Ninh', 'đảo Tuần Châu'],
    economy: 'Kinh tế phát triển mạnh về du lịch, dịch vụ, cảng biển và công nghiệp khai khoáng.',
  },
  campha: {
    type: 'thành phố', place: 'Cẩm Phả', en: 'Cam Pha City', lat: 21.02, lng: 107.29, spread: 0.05,
    peoples: ['Kinh', 'Dao', 'Sán Dìu'],
    festivals: ['lễ hội đền Cửa Ông', 'Ngày hội văn hóa thể thao công nhân vùng mỏ'],
    sights: ['đền Cửa Ông', 'vịnh Bái Tử Long', 'suối khoáng nóng Quang Hanh'],
    economy: 'Đây là trung tâm khai thác, chế biến than lớn nhất cả nước, đồng thời phát triển cảng biển và du lịch.',
  },
  uongbi: {
    type: 'thành phố', place: 'Uông Bí', en: 'Uong Bi City', lat: 21.04, lng: 106.77, spread: 0.04,
    peoples: ['Kinh', 'Dao', 'Sán Dìu', 'Tày'],
    festivals: ['Lễ hội Xuân Yên Tử', 'lễ hội chùa Ba Vàng'],
    sights: ['Khu di tích và danh thắng Yên Tử', 'chùa Ba Vàng', 'hồ Yên Trung', 'chùa Hang Son'],
    economy: 'Thành phố phát triển công nghiệp than, nhiệt điện và du lịch tâm linh gắn với danh thắng Yên Tử.',
  },
  mongcai: {
    type: 'thành phố', place: 'Móng Cái', en: 'Mong Cai City', lat: 21.52, lng: 107.96, spread: 0.05,
    peoples: ['Kinh', 'Hoa', 'Dao', 'Tày'],
    festivals: ['lễ hội đình Trà Cổ', 'lễ hội truyền thống làng Vạn Ninh'],
    sights: ['bãi biển Trà Cổ', 'mũi Sa Vĩ', 'đình Trà Cổ', 'cửa khẩu quốc tế Móng Cái'],
    economy: 'Kinh tế cửa khẩu, thương mại, du lịch biển và nuôi trồng thủy sản là thế mạnh của địa phương.',
  },
  dongtrieu: {
    type: 'thị xã', place: 'Đông Triều', en: 'Dong Trieu Town', lat: 21.09, lng: 106.55, spread: 0.05,
    peoples: ['Kinh', 'Dao', 'Tày', 'Sán Dìu'],
    festivals: ['lễ hội Ngọa Vân', 'lễ hội chùa Quỳnh Lâm'],
    sights: ['Khu di tích nhà Trần tại Đông Triều', 'am Ngọa Vân', 'chùa Quỳnh Lâm', 'làng gốm Đông Triều'],
    economy: 'Địa phương phát triển công nghiệp, nghề gốm truyền thống và nông nghiệp hàng hóa.',
  },
  quangyen: {
    type: 'thị xã', place: 'Quảng Yên', en: 'Quang Yen Town', lat: 20.93, lng: 106.81, spread: 0.03,
    peoples: ['Kinh', 'Sán Dìu'],
    festivals: ['lễ hội Tiên Công', 'lễ hội Bạch Đằng', 'hát đúm Phong Cốc'],
    sights: ['bãi cọc Bạch Đằng', 'miếu Vua Bà', 'đình Phong Cốc', 'khu phố cổ Quảng Yên'],
    economy: 'Thị xã đang hình thành các khu công nghiệp ven biển, đồng thời phát triển nông nghiệp và nuôi trồng thủy sản.',
  },
  vandon: {
    type: 'huyện', place: 'Vân Đồn', en: 'Van Don District', lat: 21.05, lng: 107.45, spread: 0.06,
    peoples: ['Kinh', 'Dao', 'Sán Dìu', 'Hoa'],
    festivals: ['lễ hội đình Quan Lạn', 'Ngày hội văn hóa, thể thao các xã đảo'],
    sights: ['bãi biển Minh Châu', 'đảo Quan Lạn', 'dấu tích thương cảng cổ Vân Đồn', 'vịnh Bái Tử Long'],
    economy: 'Huyện đảo phát triển du lịch biển, dịch vụ hàng không, nuôi trồng và khai thác hải sản.',
  },
  coto: {
    type: 'huyện', place: 'Cô Tô', en: 'Co To District', lat: 20.98, lng: 107.77, spread: 0.03,
    peoples: ['Kinh', 'Hoa'],
    festivals: ['Ngày hội văn hóa, thể thao huyện đảo Cô Tô', 'lễ kỷ niệm ngày Bác Hồ về thăm Cô Tô'],
    sights: ['ngọn hải đăng Cô Tô', 'bãi Hồng Vàn', 'bãi Vàn Chảy', 'tượng đài Chủ tịch Hồ Chí Minh trên đảo Cô Tô'],
    economy: 'Kinh tế biển, khai thác hải sản và du lịch sinh thái biển đảo là hướng phát triển chính.',
  },
  tienyen: {
    type: 'huyện', place: 'Tiên Yên', en: 'Tien Yen District', lat: 21.33, lng: 107.4, spread: 0.05,
    peoples: ['Kinh', 'Tày', 'Dao', 'Sán Chỉ', 'Sán Dìu'],
    festivals: ['lễ hội đình Tiên Yên', 'hội thi hát then, đàn tính'],
    sights: ['phố cổ Tiên Yên', 'đình Tiên Yên', 'rừng ngập mặn Đồng Rui'],
    economy: 'Huyện là đầu mối giao thông của miền Đông, phát triển thương mại, lâm nghiệp và đặc sản gà Tiên Yên.',
  },
  damha: {
    type: 'huyện', place: 'Đầm Hà', en: 'Dam Ha District', lat: 21.35, lng: 107.59, spread: 0.04,
    peoples: ['Kinh', 'Dao', 'Tày', 'Sán Chỉ', 'Hoa'],
    festivals: ['lễ cấp sắc của người Dao', 'Ngày hội văn hóa các dân tộc huyện Đầm Hà'],
    sights: ['hồ Đầm Hà Động', 'đình làng Đầm Hà', 'bãi triều Đại Bình'],
    economy: 'Nông nghiệp, lâm nghiệp và nuôi trồng thủy sản giữ vai trò chủ đạo trong cơ cấu kinh tế.',
  },
  haiha: {
    type: 'huyện', place: 'Hải Hà', en: 'Hai Ha District', lat: 21.45, lng: 107.74, spread: 0.05,
    peoples: ['Kinh', 'Dao', 'Sán Chỉ', 'Tày', 'Hoa'],
    festivals: ['lễ hội đình Quảng Thành', 'Ngày hội chè Đường Hoa'],
    sights: ['đảo Cái Chiên', 'cửa khẩu Bắc Phong Sinh', 'đồi chè Quảng Long'],
    economy: 'Huyện phát triển Khu công nghiệp cảng biển Hải Hà, chè và nuôi trồng thủy sản.',
  },
  binhlieu: {
    type: 'huyện', place: 'Bình Liêu', en: 'Binh Lieu District', lat: 21.53, lng: 107.4, spread: 0.05,
    peoples: ['Tày', 'Dao', 'Sán Chỉ', 'Kinh'],
    festivals: ['Lễ hội hoa sở Bình Liêu', 'Ngày hội văn hóa các dân tộc Bình Liêu'],
    sights: ['thác Khe Vằn', 'cột mốc 1300', 'đường tuần tra biên giới Bình Liêu', 'ruộng bậc thang Đồng Văn'],
    economy: 'Huyện vùng cao biên giới phát triển trồng rừng, cây dong riềng, miến dong và du lịch cộng đồng.',
  },
  bache: {
    type: 'huyện', place: 'Ba Chẽ', en: 'Ba Che District', lat: 21.27, lng: 107.28, spread: 0.05,
    peoples: ['Dao', 'Tày', 'Sán Chỉ', 'Kinh'],
    festivals: ['lễ hội đền Ba Chẽ', 'lễ cấp sắc của người Dao Thanh Y'],
    sights: ['đền Ba Chẽ', 'vùng trồng ba kích tím', 'rừng quế Đồn Đạc'],
    economy: 'Kinh tế lâm nghiệp, dược liệu và các sản phẩm OCOP từ ba kích, quế là thế mạnh của huyện.',
  },
};

/** Where the provincial bodies sit: the provincial administrative centre in Hồng Hà ward, Hạ Long. */
export const PROVINCIAL_CENTRE = { lat: 20.951, lng: 107.117 };

/** The buildings of the provincial administrative centre, for addresses. */
export const PROVINCIAL_BUILDINGS = ['Khu Liên cơ quan số 1', 'Khu Liên cơ quan số 2', 'Khu Liên cơ quan số 3', 'Khu Liên cơ quan số 4'];

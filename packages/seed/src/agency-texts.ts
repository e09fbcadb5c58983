/** The words of an agency's "About" page: introduction (Vietnamese and English) and functions. */
import type { Body } from './bodies.ts';
import { viDecimal, viNumber, type CommuneProfile } from './commune-profile.ts';
import { capitalise } from './phrases.ts';

const PROVINCE_VI = [
  'Quảng Ninh là tỉnh ven biển thuộc vùng Đông Bắc Bộ, có diện tích tự nhiên hơn 6.200 km², đường bờ biển dài khoảng 250 km và đường biên giới trên đất liền giáp Trung Quốc dài hơn 118 km.',
  'Tỉnh có vịnh Hạ Long hai lần được UNESCO công nhận là Di sản thiên nhiên thế giới và Quần thể di tích, danh thắng Yên Tử - Vĩnh Nghiêm - Côn Sơn, Kiếp Bạc được công nhận là Di sản văn hóa thế giới; các dân tộc Kinh, Tày, Dao, Sán Dìu, Sán Chỉ, Hoa cùng nhiều dân tộc khác cùng sinh sống.',
  'Ủy ban nhân dân tỉnh Quảng Ninh là cơ quan hành chính nhà nước ở địa phương, do Hội đồng nhân dân tỉnh bầu, chịu trách nhiệm trước Hội đồng nhân dân tỉnh và cơ quan hành chính nhà nước cấp trên.',
];
export const PROVINCE_EN =
  "Quang Ninh is a coastal province in north-eastern Viet Nam, bordering China, with a natural area of about 6,200 km² and some 250 km of coastline. It is home to Ha Long Bay, twice inscribed as a UNESCO World Natural Heritage site, and to the Yen Tu - Vinh Nghiem - Con Son, Kiep Bac complex of relics and landscapes, a World Cultural Heritage site. The Provincial People's Committee, elected by the Provincial People's Council, is the province's state administrative body.";
export const PROVINCE_ZH =
  '广宁省位于越南东北部沿海，与中国接壤，自然面积约6200平方公里，海岸线长约250公里。广宁省拥有两次被联合国教科文组织列为世界自然遗产的下龙湾，以及被列为世界文化遗产的安子—永严—昆山、劫泊遗迹和名胜群。';
const ENGLISH_PORTAL =
  "The English edition of the Quang Ninh Province Portal gives foreign readers, investors and visitors official information about the province: its government, economy, investment environment, culture and tourism. It is edited by the portal's Editorial Board under the Provincial People's Committee.";
const CHINESE_PORTAL = '广宁省电子信息门户中文版由广宁省人民委员会门户编辑部负责管理和编辑，为外国读者、投资者和游客提供有关广宁省政府、经济、投资环境、文化和旅游的官方信息。';

const HOURS_EN = 'Working hours: 7:30–11:30 and 13:30–17:00, Monday to Friday.';

function contactLine(body: Body): string {
  return `Trụ sở: ${body.contact.address}. Điện thoại: ${body.contact.phone}. Thư điện tử: ${body.contact.email}.`;
}

/** The first sentences of the introduction, by kind of body. */
function opening(body: Body, parent: Body | null, profile: CommuneProfile | null): string[] {
  const { portal, info, name, shortName } = body;
  const domain = info.domain ?? info.topic;
  switch (portal.kind) {
    case 'province':
      return PROVINCE_VI;
    case 'english':
      return [ENGLISH_PORTAL];
    case 'chinese':
      return [CHINESE_PORTAL];
    case 'tourism':
    case 'business':
      return [`${name} có nhiệm vụ ${info.mission ?? info.topic}.`, 'Ban Biên tập hoạt động theo quy chế do Ủy ban nhân dân tỉnh ban hành, phối hợp với các sở, ngành, địa phương cung cấp thông tin kịp thời, chính xác.'];
    case 'department':
      return [
        `${name} là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Quảng Ninh, có chức năng ${info.mission ?? `tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về ${domain}`}.`,
        `${shortName} có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của bộ, ngành Trung ương.`,
      ];
    case 'board':
      return [`${name} là đơn vị trực thuộc Ủy ban nhân dân tỉnh Quảng Ninh, có chức năng ${info.mission ?? `làm chủ đầu tư, quản lý thực hiện các dự án ${info.topic} sử dụng vốn ngân sách của tỉnh`}.`];
    case 'sector':
      return [
        `${name} có nhiệm vụ ${info.mission ?? `thực hiện công tác ${info.topic} trên địa bàn tỉnh`}.`,
        'Đơn vị chịu sự lãnh đạo, chỉ đạo của cơ quan cấp trên theo ngành dọc, đồng thời phối hợp chặt chẽ với cấp ủy, chính quyền địa phương trong thực hiện nhiệm vụ chính trị của tỉnh.',
      ];
    case 'council':
      return [`${name} là cơ quan ${info.mission ?? `tham mưu về ${info.topic}`}.`];
    case 'organisation': {
      const members = info.members ?? 'hội viên';
      const what = portal.code === 'mttq'
        ? 'là tổ chức liên minh chính trị, liên hiệp tự nguyện của tổ chức chính trị, các tổ chức chính trị - xã hội, tổ chức xã hội và các cá nhân tiêu biểu trong các giai cấp, tầng lớp xã hội, dân tộc, tôn giáo'
        : `là tổ chức chính trị - xã hội, đại diện cho quyền và lợi ích hợp pháp, chính đáng của ${members} trong tỉnh`;
      return [`${name} ${what}.`, `${shortName} tập hợp, đoàn kết ${members}, tham gia giám sát, phản biện xã hội, góp ý xây dựng Đảng, xây dựng chính quyền.`];
    }
    case 'district': {
      const d = body.district;
      const place = d ? `${d.type} ${d.place}` : shortName;
      return [
        `${name} là cơ quan hành chính nhà nước ở địa phương, do Hội đồng nhân dân ${place} bầu, chịu trách nhiệm trước Hội đồng nhân dân ${place} và Ủy ban nhân dân tỉnh Quảng Ninh.`,
        ...(d ? [`${d.economy} Trên địa bàn có các dân tộc ${d.peoples.join(', ')} cùng sinh sống.`] : []),
      ];
    }
    case 'commune': {
      const d = body.district;
      const place = `${body.communeType} ${body.communePlace}`;
      return [
        `${name} là cơ quan hành chính nhà nước ở cơ sở thuộc ${d ? `${d.type} ${d.place}` : 'tỉnh'}, tỉnh Quảng Ninh, chịu trách nhiệm trước Hội đồng nhân dân ${body.communeType} và Ủy ban nhân dân cấp trên.`,
        ...(profile ? [`${capitalise(place)} có diện tích tự nhiên ${viDecimal(profile.areaKm2)} km², dân số ${viNumber(profile.population)} người (năm ${profile.populationYear}).`] : []),
      ];
    }
    default: {
      const owner = parent?.name ?? 'Ủy ban nhân dân tỉnh Quảng Ninh';
      const what = /^(Chi cục|Ban)/u.test(portal.name) ? 'tổ chức hành chính' : 'đơn vị sự nghiệp công lập';
      return [`${name} là ${what} trực thuộc ${owner}, hoạt động trong lĩnh vực ${info.mission ?? info.topic}.`, `${shortName} có tư cách pháp nhân, có con dấu và tài khoản riêng.`];
    }
  }
}

export function introduction(body: Body, parent: Body | null, profile: CommuneProfile | null): string[] {
  const lines = opening(body, parent, profile);
  return body.portal.language === 'vi' ? [...lines, contactLine(body)] : lines;
}

export function introductionEn(body: Body, parent: Body | null, profile: CommuneProfile | null): string {
  const { portal, info, nameEn } = body;
  let text: string;
  switch (portal.kind) {
    case 'province':
      text = PROVINCE_EN;
      break;
    case 'english':
    case 'chinese':
    case 'tourism':
    case 'business':
      text = `The ${nameEn} manages and edits the portal, publishing official ${info.topicEn} on behalf of the Quang Ninh Provincial People's Committee.`;
      break;
    case 'department':
      text = `The ${nameEn} is a specialised agency of the Quang Ninh Provincial People's Committee. It advises and assists the Committee in the state management of ${info.topicEn} in the province.`;
      break;
    case 'board':
      text = `The ${nameEn} reports directly to the Quang Ninh Provincial People's Committee and is responsible for ${info.topicEn}.`;
      break;
    case 'sector':
      text = `The ${nameEn} carries out the work of the State on ${info.topicEn} in Quang Ninh Province, under its national authority and in close coordination with the provincial government.`;
      break;
    case 'council':
      text = `The ${nameEn} advises and supports the provincial leadership on ${info.topicEn}.`;
      break;
    case 'organisation':
      text = `The ${nameEn} is a socio-political organisation that brings together and represents the legitimate rights and interests of its members in Quang Ninh Province.`;
      break;
    case 'district':
      text = `The ${nameEn} is the local state administrative body of ${body.district?.en ?? 'the district'}, Quang Ninh Province, elected by and accountable to the local People's Council and to the Provincial People's Committee.`;
      break;
    case 'commune': {
      const place = nameEn.replace(/ People's Committee$/u, '');
      const size = profile ? ` It covers about ${profile.areaKm2} km² and had a population of about ${profile.population.toLocaleString('en-GB')} in ${profile.populationYear}.` : '';
      text = `${place} is part of ${body.district?.en ?? 'Quang Ninh Province'}, Quang Ninh Province.${size} The ${nameEn} is its local state administrative body.`;
      break;
    }
    default:
      text = `The ${nameEn} is a public unit under the ${parent?.nameEn ?? "Quang Ninh Provincial People's Committee"}, working in ${info.topicEn}.`;
  }
  return `${text} Office: ${body.contact.address}. Telephone: ${body.contact.phone}. Email: ${body.contact.email}. ${HOURS_EN}`;
}

/** What the body is charged with, as a list; communes publish a profile instead. */
export function functions(body: Body): string[] | null {
  const { portal, info } = body;
  const topic = info.topic;
  switch (portal.kind) {
    case 'commune':
      return null;
    case 'province':
      return [
        'Xây dựng, trình Hội đồng nhân dân tỉnh quyết định các nội dung về phát triển kinh tế - xã hội, ngân sách, quốc phòng, an ninh của tỉnh và tổ chức thực hiện.',
        'Thống nhất quản lý nhà nước trên các ngành, lĩnh vực ở địa phương; lãnh đạo công tác của các cơ quan chuyên môn và Ủy ban nhân dân cấp huyện.',
        'Ban hành quyết định, chỉ thị và kiểm tra việc thi hành Hiến pháp, pháp luật trên địa bàn tỉnh.',
        'Thực hiện hợp tác quốc tế, xúc tiến đầu tư, thương mại, du lịch theo thẩm quyền.',
      ];
    case 'district':
      return [
        'Xây dựng, trình Hội đồng nhân dân cùng cấp quyết định kế hoạch phát triển kinh tế - xã hội, dự toán ngân sách hằng năm và tổ chức thực hiện.',
        'Quản lý nhà nước về đất đai, quy hoạch, xây dựng, giao thông, tài nguyên và môi trường trên địa bàn.',
        'Quản lý nhà nước về giáo dục, y tế, văn hóa, thông tin, thể dục thể thao, lao động và bảo trợ xã hội.',
        'Bảo đảm quốc phòng, an ninh, trật tự, an toàn xã hội; tiếp công dân, giải quyết khiếu nại, tố cáo.',
        'Chỉ đạo, kiểm tra hoạt động của Ủy ban nhân dân các xã, phường, thị trấn trực thuộc.',
      ];
    case 'department':
      return [
        `Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch dài hạn, 5 năm, hằng năm và các chương trình, đề án thuộc lĩnh vực ${topic}.`,
        `Tổ chức thực hiện văn bản quy phạm pháp luật, quy hoạch, kế hoạch sau khi được phê duyệt; thông tin, tuyên truyền, phổ biến pháp luật về ${topic}.`,
        `Hướng dẫn, kiểm tra, thanh tra việc thực hiện chính sách, pháp luật về ${topic} trên địa bàn tỉnh; giải quyết khiếu nại, tố cáo theo thẩm quyền.`,
        'Giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông; đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình.',
        'Quản lý tổ chức bộ máy, biên chế, công chức, viên chức, tài chính và tài sản được giao theo quy định của pháp luật.',
      ];
    case 'organisation': {
      const members = info.members ?? 'hội viên';
      return [
        `Tập hợp, đoàn kết, vận động ${members} tham gia các phong trào thi đua yêu nước.`,
        `Đại diện, chăm lo, bảo vệ quyền và lợi ích hợp pháp, chính đáng của ${members}.`,
        'Tham gia giám sát, phản biện xã hội; góp ý xây dựng Đảng, xây dựng chính quyền.',
        'Tuyên truyền, phổ biến chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
      ];
    }
    case 'unit':
      if (portal.level === 3) {
        return [
          `Tổ chức thực hiện các hoạt động trong lĩnh vực ${topic} theo kế hoạch được giao.`,
          'Cung cấp dịch vụ sự nghiệp công cho tổ chức, cá nhân theo quy định của pháp luật.',
          'Phối hợp với các cơ quan, đơn vị liên quan trong thực hiện nhiệm vụ.',
          'Quản lý viên chức, người lao động, tài chính và tài sản của đơn vị.',
        ];
      }
      break;
    default:
      break;
  }
  return [
    `${capitalise(info.mission ?? `thực hiện nhiệm vụ ${topic} theo quy định`)}.`,
    `Tham mưu, đề xuất với cấp có thẩm quyền các chủ trương, giải pháp về ${topic}.`,
    'Phối hợp với các sở, ban, ngành và địa phương trong thực hiện nhiệm vụ chính trị của tỉnh.',
    'Thực hiện cải cách hành chính, ứng dụng công nghệ thông tin và chuyển đổi số trong hoạt động của cơ quan.',
  ];
}

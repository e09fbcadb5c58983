import type { Language } from '@qn/portal-model';

const vi = {
  skipToContent: 'Bỏ qua để đến nội dung chính',
  home: 'Trang chủ',
  latest: 'Tin mới nhất',
  allNews: 'Tất cả tin bài',
  categories: 'Chuyên mục',
  search: 'Tìm kiếm',
  searchPlaceholder: 'Nhập từ khóa, có thể gõ không dấu',
  searchThisPortal: 'Trong cổng này',
  searchAllPortals: 'Toàn bộ các cổng của tỉnh',
  searchNeedsJs: 'Chức năng tìm kiếm cần bật JavaScript trên trình duyệt.',
  searchNoResults: 'Không tìm thấy kết quả phù hợp.',
  searchResults: 'Số kết quả',
  searchError: 'Không kết nối được máy chủ tìm kiếm. Vui lòng thử lại sau.',
  parentPortal: 'Cơ quan cấp trên',
  childPortals: 'Cổng thông tin trực thuộc',
  published: 'Ngày đăng',
  updated: 'Cập nhật',
  page: 'Trang',
  previous: 'Trang trước',
  next: 'Trang sau',
  pagination: 'Phân trang',
  breadcrumb: 'Đường dẫn',
  noArticles: 'Chưa có tin bài.',
  notFoundTitle: 'Không tìm thấy trang',
  notFoundText: 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi.',
  backHome: 'Về trang chủ',
  directoryTitle: 'Danh bạ cổng thông tin điện tử tỉnh Quảng Ninh',
  level: 'Cấp',
  mainNav: 'Điều hướng chính',
  print: 'In bài viết',
  copyright: 'Bản quyền thuộc',
  archived: 'Cổng thông tin này đã ngừng cập nhật và được lưu trữ; nội dung vẫn được giữ để tra cứu.',
};

type Dictionary = typeof vi;

const en: Dictionary = {
  skipToContent: 'Skip to main content',
  home: 'Home',
  latest: 'Latest news',
  allNews: 'All news',
  categories: 'Categories',
  search: 'Search',
  searchPlaceholder: 'Enter keywords',
  searchThisPortal: 'This portal',
  searchAllPortals: 'All portals of the province',
  searchNeedsJs: 'Search needs JavaScript to be enabled in your browser.',
  searchNoResults: 'No matching results.',
  searchResults: 'Number of results',
  searchError: 'The search service cannot be reached. Please try again later.',
  parentPortal: 'Parent body',
  childPortals: 'Subordinate portals',
  published: 'Published',
  updated: 'Updated',
  page: 'Page',
  previous: 'Previous page',
  next: 'Next page',
  pagination: 'Pagination',
  breadcrumb: 'Breadcrumb',
  noArticles: 'No articles yet.',
  notFoundTitle: 'Page not found',
  notFoundText: 'The page you are looking for does not exist or has moved.',
  backHome: 'Back to the home page',
  directoryTitle: 'Directory of Quang Ninh province e-portals',
  level: 'Level',
  mainNav: 'Main navigation',
  print: 'Print this article',
  copyright: 'Copyright',
  archived: 'This portal is no longer updated and has been archived; its content is kept for reference.',
};

const zh: Dictionary = {
  skipToContent: '跳到主要内容',
  home: '首页',
  latest: '最新消息',
  allNews: '全部新闻',
  categories: '栏目',
  search: '搜索',
  searchPlaceholder: '输入关键词',
  searchThisPortal: '本门户',
  searchAllPortals: '全省所有门户',
  searchNeedsJs: '搜索功能需要启用浏览器的 JavaScript。',
  searchNoResults: '没有找到相关结果。',
  searchResults: '结果数',
  searchError: '无法连接搜索服务，请稍后再试。',
  parentPortal: '上级机关',
  childPortals: '下属门户',
  published: '发布日期',
  updated: '更新',
  page: '页',
  previous: '上一页',
  next: '下一页',
  pagination: '分页',
  breadcrumb: '导航路径',
  noArticles: '暂无文章。',
  notFoundTitle: '找不到页面',
  notFoundText: '您访问的页面不存在或已被移动。',
  backHome: '返回首页',
  directoryTitle: '广宁省电子信息门户目录',
  level: '级',
  mainNav: '主导航',
  print: '打印文章',
  copyright: '版权所有',
  archived: '本门户已停止更新并归档，内容保留供查阅。',
};

export const DICTIONARIES: Record<Language, Dictionary> = { vi, en, zh };

export function t(language: Language): Dictionary {
  return DICTIONARIES[language];
}

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB', zh: 'zh-CN' };

/** Dates as readers in Vietnam see them: the province's time zone, the portal's locale ("29/11/2026 18:30"). */
export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function formatDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(iso),
  );
}

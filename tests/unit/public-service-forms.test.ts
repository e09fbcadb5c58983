/** What the public forms accept, clean and refuse, and how the rate limits count (packages/public-service). */
import { describe, expect, it } from 'vitest';
import { addressKey, cleanText, commentFormSchema, feedbackFormSchema, parseForm, questionFormSchema, RateLimiter } from '@qn/public-service';

const question = {
  field: 'dat_dai',
  title: 'Thủ tục tách thửa đất ở',
  question: 'Diện tích tối thiểu được tách thửa tại phường Hồng Gai là bao nhiêu mét vuông?',
  name: 'Nguyễn Văn Bình',
  email: 'Binh.Nguyen@Example.VN',
  phone: '',
  consent: 'on',
};

describe('cleaning what readers type', () => {
  it('strips tags, control and invisible characters, and composes tone marks (NFC)', () => {
    const typed = '<b>Xin  hỏi</b>\u200B về\u0007 <script>alert(1)</script>thủ tục'.normalize('NFD');
    expect(cleanText(typed)).toBe('Xin hỏi về alert(1)thủ tục');
    expect(cleanText(typed)).toBe(cleanText(typed).normalize('NFC'));
    expect(cleanText('Dòng một\r\n\r\n\r\n\r\nDòng hai\u202E', { multiline: true })).toBe('Dòng một\n\nDòng hai');
    expect(cleanText('một\ndòng')).toBe('một dòng');
  });

  it('leaves no tag behind, however it is nested or left open, and keeps "<" as less-than', () => {
    expect(cleanText('<<b>script>alert(1)<</b>/script>')).toBe('alert(1)');
    expect(cleanText('xem <img src=x onerror=alert(1)')).toBe('xem img src=x onerror=alert(1)');
    expect(cleanText('diện tích < 40 m2, lô <5 m')).toBe('diện tích < 40 m2, lô <5 m');
  });
});

describe('the question form', () => {
  it('accepts a complete question, with the e-mail lower-cased', () => {
    const result = parseForm(questionFormSchema, question);
    expect(result).toMatchObject({ ok: true, value: { email: 'binh.nguyen@example.vn', phone: null, consent: true } });
  });

  it('names every field that needs fixing, in Vietnamese', () => {
    const result = parseForm(questionFormSchema, { ...question, field: 'khong-co', title: 'ngắn', email: 'không phải thư', consent: undefined });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['consent', 'email', 'field', 'title']);
    expect(result.errors.title).toBe('Tiêu đề cần ít nhất 10 ký tự.');
    expect(result.errors.consent).toContain('Nghị định 13/2023/NĐ-CP');
  });

  it('needs an e-mail address or a phone number for the reply, and reads phone numbers as people type them', () => {
    const none = parseForm(questionFormSchema, { ...question, email: '', phone: '' });
    expect(none).toMatchObject({ ok: false, errors: { email: 'Nhập thư điện tử hoặc số điện thoại để nhận trả lời.' } });
    expect(parseForm(questionFormSchema, { ...question, email: '', phone: '0912 345.678' })).toMatchObject({ ok: true, value: { phone: '0912345678' } });
    expect(parseForm(questionFormSchema, { ...question, email: '', phone: '12345' })).toMatchObject({ ok: false, errors: { phone: expect.stringContaining('0912 345 678') } });
  });

  it('measures the text after cleaning: markup does not count towards the minimum', () => {
    expect(parseForm(questionFormSchema, { ...question, title: '<p><b></b></p>' })).toMatchObject({ ok: false, errors: { title: 'Hãy nhập tiêu đề.' } });
  });
});

describe('comments and feedback', () => {
  it('takes an anonymous comment and refuses an empty one', () => {
    expect(parseForm(commentFormSchema, { body: 'Đề nghị bổ sung thời hạn trả lời.' })).toMatchObject({ ok: true, value: { name: null, email: null } });
    expect(parseForm(commentFormSchema, { body: '   ' })).toMatchObject({ ok: false, errors: { body: 'Hãy nhập nội dung góp ý.' } });
  });

  it('reads yes/no from a form and refuses a path that is not a page of the site', () => {
    expect(parseForm(feedbackFormSchema, { path: '/gioi-thieu/', helpful: 'no' })).toMatchObject({ ok: true, value: { helpful: false, comment: null } });
    expect(parseForm(feedbackFormSchema, { path: 'https://evil.example/', helpful: 'yes' }).ok).toBe(false);
    // A control character or a path longer than the CMS keeps would fail in the CMS, not here: refused here.
    expect(parseForm(feedbackFormSchema, { path: '/\u0000', helpful: 'yes' }).ok).toBe(false);
    expect(parseForm(feedbackFormSchema, { path: `/${'a'.repeat(255)}`, helpful: 'yes' }).ok).toBe(false);
  });
});

describe('rate limits', () => {
  it('counts per key in fixed windows and says when to come back', () => {
    const limiter = new RateLimiter();
    const limit = { max: 2, windowMs: 60_000 };
    expect(limiter.take('a', limit, 0)).toEqual({ ok: true });
    expect(limiter.take('a', limit, 1_000)).toEqual({ ok: true });
    expect(limiter.take('a', limit, 2_000)).toEqual({ ok: false, retryAfterS: 58 });
    expect(limiter.take('b', limit, 2_000)).toEqual({ ok: true });
    expect(limiter.take('a', limit, 60_000)).toEqual({ ok: true });
  });

  it('counts an IPv6 household as its /64, and IPv4 addresses one by one', () => {
    expect(addressKey('2001:db8:85a3:1:aaaa::1')).toBe(addressKey('2001:0db8:85a3:0001:bbbb:cccc:dddd:eeee'));
    expect(addressKey('2001:db8:85a3:2::1')).not.toBe(addressKey('2001:db8:85a3:1::1'));
    expect(addressKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
  });
});

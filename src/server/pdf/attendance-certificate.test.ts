// The certificate is checked as a reader would: its text extracted by pdf.js (the fonts must be
// embedded with a Unicode map for that to work) in each language.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { renderAttendanceCertificate, type AttendanceCertificateInput } from './attendance-certificate.ts';

const sessions = Array.from({ length: 15 }, (_, i) => ({
  date: i < 8 ? '2025-03-04' : '2025-03-05',
  startTime: ['09:00', '10:40', '13:00', '14:40', '16:20', '18:00', '19:40', '21:20'][i % 8]!,
  durationMinutes: 90,
  status: (i === 3 ? 'late' : 'present') as 'present' | 'late',
}));

const input = (language: AttendanceCertificateInput['language']): AttendanceCertificateInput => ({
  language,
  student: { nameLatin: 'BATSUKH Oyunbileg', nameCyrillic: 'Батсүх Оюунбилэг', nameKatakana: 'バトスフ・オユンビレグ' },
  programName: { ja: '日立地域 モンゴル高専インターンシップ 2025年度', mn: 'Хитачи бүсийн Монгол КОСЭН дадлага 2025', en: 'Hitachi Mongolian KOSEN internship FY2025' }[language],
  operatorName: { ja: '日立地区産業支援センター', mn: 'Хитачи бүсийн аж үйлдвэрийг дэмжих төв', en: 'Hitachi Area Industry Support Center' }[language],
  courses: [{ title: { ja: 'ものづくり基礎講座', mn: 'Үйлдвэрлэлийн үндэс', en: 'Manufacturing fundamentals' }[language], sessions }],
  attendedSessions: 15,
  totalSessions: 15,
  issuedOn: '2026-11-25',
  certificateNumber: 'HIT-2025-0042',
});

async function pdfText(bytes: Buffer): Promise<{ text: string; pages: number }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('') + '\n';
  }
  return { text, pages: pdf.numPages };
}

describe('the attendance certificate', () => {
  it('reads in Japanese, with the name in katakana and Latin, the era date and every session', async () => {
    const bytes = await renderAttendanceCertificate(input('ja'));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, pages } = await pdfText(bytes);
    expect(pages).toBe(1);
    for (const expected of ['受講証明書', 'バトスフ・オユンビレグ', 'BATSUKH Oyunbileg', 'Батсүх Оюунбилэг', '出席 15 回', '令和8年', '日立地区産業支援センター', '遅刻', 'HIT-2025-0042']) expect(text).toContain(expected);
    expect(text.match(/2025\/03\/0[45]/g)).toHaveLength(15);
  });

  it('reads in Mongolian with the letters Ө and Ү, which the Japanese font lacks', async () => {
    const { text } = await pdfText(await renderAttendanceCertificate(input('mn')));
    for (const expected of ['Сургалтад хамрагдсаны гэрчилгээ', 'Батсүх Оюунбилэг', 'Нийт 15 хичээлээс 15-д нь хамрагдсан', 'Хоцорсон', '2026.11.25']) expect(text).toContain(expected);
  });

  it('reads in English and embeds its fonts as subsets, so it stays small', async () => {
    const bytes = await renderAttendanceCertificate(input('en'));
    const { text } = await pdfText(bytes);
    for (const expected of ['Certificate of Attendance', 'Attended 15 of 15 sessions', '25 November 2026', 'Hitachi Area Industry Support Center']) expect(text).toContain(expected);
    expect(bytes.toString('latin1')).toContain('/FontFile2');
    expect(bytes.length).toBeLessThan(300_000);
  });

  it('continues the session table on a second page when there are many sessions', async () => {
    const many = input('en');
    many.courses = [{ title: 'DX curriculum', sessions: Array.from({ length: 60 }, (_, i) => ({ date: `2025-04-${String((i % 28) + 1).padStart(2, '0')}`, startTime: '09:00', durationMinutes: 90, status: 'present' as const })) }];
    const { pages, text } = await pdfText(await renderAttendanceCertificate(many));
    expect(pages).toBeGreaterThan(1);
    expect(text.match(/09:00–10:30/g)).toHaveLength(60);
  });
});

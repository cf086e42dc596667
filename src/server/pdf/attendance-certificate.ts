// The certificate of attendance of the donated lectures (issue 4 item 5), as an A4 PDF in the
// student's choice of Japanese, Mongolian or English, with the fonts embedded (fonts.ts). The
// student's name is shown in the script the reader of that language expects first (katakana
// for Japanese, Cyrillic for Mongolian, the passport's Latin for English) with the passport
// spelling always beside it, because the certificate travels with visa applications.
import type { Language } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import { documentDate, endTime, tableDate } from './pdf-dates.ts';
import { createPdf, drawLine, drawParagraph, pdfBytes, type Pdf } from './pdf-text.ts';

export type AttendanceCertificateInput = {
  language: Language;
  student: { nameLatin: string; nameCyrillic: string; nameKatakana: string };
  /** Already in the certificate's language. */
  programName: string;
  /** Already in the certificate's language. */
  operatorName: string;
  courses: { title: string; sessions: { date: string; startTime: string; durationMinutes: number; status: 'present' | 'late' }[] }[];
  attendedSessions: number;
  totalSessions: number;
  /** ISO date. */
  issuedOn: string;
  certificateNumber: string;
};

const ACCENT = '#1c5d99';
const IDEOGRAPHIC_SPACE = '\u3000';
const MUTED = '#5c5f66';

/** The student's names, the language's own script first, the passport's Latin spelling always present. */
export function certificateNames(language: Language, student: AttendanceCertificateInput['student']): { primary: string; secondary: string } {
  if (language === 'ja') return { primary: student.nameKatakana, secondary: `${student.nameLatin}${IDEOGRAPHIC_SPACE}/${IDEOGRAPHIC_SPACE}${student.nameCyrillic}` };
  if (language === 'mn') return { primary: student.nameCyrillic, secondary: student.nameLatin };
  return { primary: student.nameLatin, secondary: student.nameCyrillic };
}

export async function renderAttendanceCertificate(input: AttendanceCertificateInput): Promise<Buffer> {
  const t = (key: string, params: Record<string, unknown> = {}) => translate(input.language, 'certificates', `attendance.${key}`, params);
  const doc = createPdf({ title: t('title'), author: input.operatorName, createdAt: new Date(`${input.issuedOn}T00:00:00Z`) });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;

  doc.rect(left - 16, 40, width + 32, 4).fill(ACCENT);
  drawLine(doc, t('subtitle'), { x: left, y: 64, width, align: 'center' }, { size: 11, color: MUTED });
  drawLine(doc, t('title'), { x: left, y: 84, width, align: 'center' }, { size: 24, weight: 'bold', color: ACCENT });

  const names = certificateNames(input.language, input.student);
  drawLine(doc, names.primary, { x: left, y: 150, width, align: 'center' }, { size: 22, weight: 'bold' });
  drawLine(doc, names.secondary, { x: left, y: 182, width, align: 'center' }, { size: 12, color: MUTED });

  doc.x = left;
  doc.y = 226;
  drawParagraph(doc, t('body', { program: input.programName }), { size: 12, lineGap: 6 });
  doc.moveDown(0.8);
  drawParagraph(doc, t('summary', { attended: input.attendedSessions, total: input.totalSessions }), { size: 13, weight: 'bold', color: ACCENT });
  doc.moveDown(1);

  drawSessionTable(doc, input, t, { left, width });

  const bottom = doc.page.height - doc.page.margins.bottom;
  const signatureTop = Math.max(doc.y + 24, bottom - 110);
  if (signatureTop + 90 > bottom) doc.addPage();
  const y = Math.min(signatureTop, bottom - 110);
  drawLine(doc, t('issuedOn', { date: documentDate(input.issuedOn, input.language) }), { x: left, y, width, align: 'right' }, { size: 11 });
  drawLine(doc, t('issuedBy', { operator: input.operatorName }), { x: left, y: y + 20, width, align: 'right' }, { size: 11, weight: 'bold' });
  drawLine(doc, t('number', { number: input.certificateNumber }), { x: left, y: y + 40, width, align: 'right' }, { size: 9, color: MUTED });
  drawLine(doc, t('footer'), { x: left, y: bottom - 14, width, align: 'center' }, { size: 8, color: MUTED });
  return pdfBytes(doc);
}

type Translate = (key: string, params?: Record<string, unknown>) => string;

function drawSessionTable(doc: Pdf, input: AttendanceCertificateInput, t: Translate, box: { left: number; width: number }): void {
  const columns = [
    { key: 'date', width: 0.2 },
    { key: 'time', width: 0.18 },
    { key: 'course', width: 0.47 },
    { key: 'status', width: 0.15 },
  ] as const;
  const xs = columns.reduce<number[]>((acc, c, i) => [...acc, (acc[i] ?? box.left) + c.width * box.width], [box.left]);
  const rowHeight = 18;
  const header = () => {
    const y = doc.y;
    doc.rect(box.left, y - 4, box.width, rowHeight).fill('#e7f0f8');
    columns.forEach((c, i) => drawLine(doc, t(`columns.${c.key}`), { x: xs[i]! + 4, y, width: c.width * box.width - 8 }, { size: 9, weight: 'bold' }));
    doc.y = y + rowHeight;
  };
  header();
  const limit = doc.page.height - doc.page.margins.bottom - 130;
  for (const course of input.courses) {
    for (const session of [...course.sessions].sort((a, b) => `${a.date}${a.startTime}`.localeCompare(`${b.date}${b.startTime}`))) {
      if (doc.y > limit) {
        doc.addPage();
        doc.y = doc.page.margins.top;
        header();
      }
      const y = doc.y;
      const cells = [tableDate(session.date, input.language), `${session.startTime}–${endTime(session.startTime, session.durationMinutes)}`, truncate(course.title, 48), t(`status.${session.status}`)];
      cells.forEach((text, i) => drawLine(doc, text, { x: xs[i]! + 4, y, width: columns[i]!.width * box.width - 8 }, { size: 9 }));
      doc.moveTo(box.left, y + rowHeight - 5).lineTo(box.left + box.width, y + rowHeight - 5).lineWidth(0.3).strokeColor('#d0d4d9').stroke();
      doc.y = y + rowHeight;
    }
  }
  doc.x = box.left;
}

const truncate = (text: string, max: number) => ([...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text);

// The short-stay visa pack is checked as the embassy and the student would read it: its text
// extracted by poppler's pdftotext (the fonts must be embedded with a Unicode map for that),
// each document's Japanese title, the applicant's passport name, the host company, the period
// in Japanese date form and every schedule row present, each document followed by its English
// reference translation, one document alone when only one is asked for, a long schedule
// continued under its header row, and every word within the page's margins (pdftotext -bbox).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { renderVisaPack, type VisaPackDocument, type VisaPackInput } from './visa-pack.ts';

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'visa-pack-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const HOST = { ja: '株式会社日立精機工業', en: 'Hitachi Seiki Kogyo Co., Ltd.' };
const LODGING = { name: { ja: 'レオパレス日立幸町 103号室', en: 'Leopalace Hitachi Saiwaicho, Room 103' }, address: { ja: '茨城県日立市幸町2丁目5番8号', en: '2-5-8 Saiwaicho, Hitachi, Ibaraki' } };

/** A 12-day stay: arrival, ten days at the host company (weekends off), final report, departure. */
const twelveDays = (): VisaPackInput['schedule'] => [
  { date: '2025-08-18', activity: { ja: '成田空港着、日立市へ移動', en: 'Arrival at Narita Airport, transfer to Hitachi' }, place: { ja: '成田市・日立市', en: 'Narita / Hitachi' }, contact: '0294-24-1411' },
  ...['2025-08-19', '2025-08-20', '2025-08-21', '2025-08-22', '2025-08-25', '2025-08-26', '2025-08-27'].map((date) => ({
    date,
    activity: { ja: `${HOST.ja}でインターンシップ`, en: `Internship at ${HOST.en}` },
    place: { ja: '日立市', en: 'Hitachi' },
    contact: '0294-52-3000',
  })),
  { date: '2025-08-23', activity: { ja: '休日（日立市内見学）', en: 'Day off (visit of Hitachi)' }, place: { ja: '日立市', en: 'Hitachi' }, contact: '0294-24-1411' },
  { date: '2025-08-24', activity: { ja: '休日', en: 'Day off' }, place: { ja: '日立市', en: 'Hitachi' }, contact: '0294-24-1411' },
  { date: '2025-08-28', activity: { ja: '最終報告会', en: 'Final report meeting' }, place: { ja: '日立市', en: 'Hitachi' }, contact: '0294-24-1411' },
  { date: '2025-08-29', activity: { ja: '成田空港から帰国', en: 'Departure from Narita Airport' }, place: { ja: '成田市', en: 'Narita' }, contact: '0294-24-1411' },
];

/** A long schedule: 30 rows, some of them wrapping, over 15 days (two rows a day). */
const thirtyRows = (): VisaPackInput['schedule'] =>
  Array.from({ length: 30 }, (_, i) => {
    const day = 18 + Math.floor(i / 2);
    const date = `2025-08-${String(day).padStart(2, '0')}`;
    return {
      date,
      activity:
        i % 3 === 0
          ? { ja: `行程${i + 1}：${HOST.ja}第二工場において生産設備の保全・改善業務の実習及び日報の作成と担当者との振り返り面談`, en: `Item ${i + 1}: practical training in the maintenance and improvement of production equipment at the second plant of ${HOST.en}, daily report and review with the supervisor` }
          : { ja: `行程${i + 1}：インターンシップ`, en: `Item ${i + 1}: internship` },
      place: { ja: '茨城県日立市', en: 'Hitachi, Ibaraki' },
      contact: i % 2 === 0 ? '0294-52-3000' : '0294-24-1411（日立地区産業支援センター）',
    };
  });

const input = (overrides: Partial<VisaPackInput> = {}): VisaPackInput => ({
  issuedOn: '2025-07-25',
  inviter: {
    name: { ja: '公益財団法人日立地区産業支援センター', en: 'Hitachi Area Industry Support Center' },
    address: { ja: '茨城県日立市西成沢町2丁目20番1号', en: '2-20-1 Nishinarusawacho, Hitachi, Ibaraki' },
    phone: '0294-24-1411',
    representative: { title: { ja: '理事長', en: 'Chairman' }, name: { ja: '上原 健一', en: 'Kenichi Uehara' } },
  },
  guarantor: 'inviter',
  invitee: {
    nameLatin: 'BATSUKH Oyunbileg',
    nameKatakana: 'バトスフ・オユンビレグ',
    dateOfBirth: '2004-03-05',
    gender: 'female',
    school: { ja: '新モンゴル高専', en: 'New Mongol KOSEN' },
    department: { ja: '機械工学科 5年', en: 'Mechanical Engineering, 5th year' },
    passportNumber: 'E1234567',
  },
  program: { name: { ja: '令和7年度モンゴル寄付講座及びインターンシップ', en: 'Mongolian donated lectures and internships FY2025' } },
  hostCompany: {
    name: HOST,
    address: { ja: '茨城県日立市城南町1丁目3番5号', en: '1-3-5 Jonancho, Hitachi, Ibaraki' },
    phone: '0294-52-3000',
    representative: { title: { ja: '代表取締役', en: 'President' }, name: { ja: '大森 誠', en: 'Makoto Omori' } },
    internshipWork: { ja: '生産設備の保全・改善業務', en: 'the maintenance and improvement of production equipment' },
  },
  background: { ja: '申請人は2025年3月にウランバートルで開催した寄付講座を受講し、同年5月のオンライン面接会を経て受入企業に選ばれた。', en: 'The applicant attended the donated lectures held in Ulaanbaatar in March 2025 and was chosen by the host company at the online interview fair in May 2025.' },
  stay: { from: '2025-08-18', to: '2025-08-29', lodging: LODGING },
  schedule: twelveDays(),
  ...overrides,
});

let counter = 0;
async function extract(bytes: Buffer): Promise<{ pages: string[]; text: string; compact: string; file: string }> {
  const file = path.join(dir, `pack-${++counter}.pdf`);
  fs.writeFileSync(file, bytes);
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 32 * 1024 * 1024 });
  const pages = stdout.split('\f').slice(0, -1);
  return { pages, text: stdout, compact: compact(stdout), file };
}

/** Every word's box on every page (pdftotext -bbox). */
async function wordBoxes(file: string): Promise<{ word: string; page: number; xMin: number; xMax: number; yMin: number; yMax: number; pageWidth: number; pageHeight: number }[]> {
  const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { maxBuffer: 32 * 1024 * 1024 });
  return stdout
    .split('<page ')
    .slice(1)
    .flatMap((page, index) => {
      const [, width, height] = /width="([\d.]+)" height="([\d.]+)"/.exec(page)!;
      return [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        word: m[5]!,
        page: index + 1,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        pageWidth: Number(width),
        pageHeight: Number(height),
      }));
    });
}

const compact = (text: string) => text.replace(/\s+/g, '');
const TITLES = { invitationLetter: '招へい理由書', letterOfGuarantee: '身元保証書', scheduleOfStay: '滞在予定表' } as const;
const ENGLISH_TITLES = { invitationLetter: 'Letter of Invitation', letterOfGuarantee: 'Letter of Guarantee', scheduleOfStay: 'Schedule of Stay' } as const;

/** The pages of each document: those that name it (its title and footer; an English page's notice names its own original only). */
const pagesOf = (pages: string[], document: VisaPackDocument) => pages.filter((page) => compact(page).includes(TITLES[document]) || page.replace(/\s+/g, ' ').includes(ENGLISH_TITLES[document]));

describe('the short-stay visa pack (招へい理由書, 身元保証書, 滞在予定表)', { timeout: 60_000 }, () => {
  it('has the three documents in order, each in Japanese and then in English, with the applicant, the host company and the period', async () => {
    const bytes = await renderVisaPack(input());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain('/FontFile2');
    const { compact: text, text: raw, pages } = await extract(bytes);

    for (const title of Object.values(TITLES)) expect(text).toContain(title);
    const flat = raw.replace(/\s+/g, ' ');
    const order = ['招へい理由書', 'Letter of Invitation (Reason for Invitation)', '身元保証書', 'Letter of Guarantee', '滞在予定表', 'Schedule of Stay'].map((t) => flat.indexOf(t));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    // Every document starts on a page of its own and is numbered within itself (its translation included).
    for (const document of ['invitationLetter', 'letterOfGuarantee', 'scheduleOfStay'] as const) {
      const own = pagesOf(pages, document);
      expect(own.length).toBeGreaterThanOrEqual(2);
      own.forEach((page, i) => expect(compact(page)).toMatch(new RegExp(`(${i + 1}/${own.length}|Page${i + 1}of${own.length})$`)));
    }
    expect(pages.length).toBe((['invitationLetter', 'letterOfGuarantee', 'scheduleOfStay'] as const).reduce((sum, d) => sum + pagesOf(pages, d).length, 0));
    // A letter of this length fits on one page in each language, its signature with it.
    expect(pages).toHaveLength(6);

    expect(text).toContain('在モンゴル日本国大使館御中');
    expect(text).toContain('BATSUKHOyunbileg（バトスフ・オユンビレグ）');
    expect(flat).toContain('BATSUKH Oyunbileg');
    expect(text).toContain('モンゴル国');
    expect(text).toContain('2004年3月5日（平成16年）生満21歳');
    expect(text).toContain('女性');
    expect(text).toContain('学生（新モンゴル高専機械工学科5年）');
    expect(text).toContain('E1234567');
    expect(text).toContain('株式会社日立精機工業');
    expect(flat).toContain('Hitachi Seiki Kogyo Co., Ltd.');
    expect(text).toContain('「令和7年度モンゴル寄付講座及びインターンシップ」の一環として株式会社日立精機工業で行うインターンシップ（就業体験、無報酬）への参加');
    expect(text).toContain('2025年8月18日（令和7年）から2025年8月29日（令和7年）まで（12日間）');
    expect(flat).toContain('From 18 August 2025 to 29 August 2025 (12 days)');
    expect(text).toContain('2025年7月25日（令和7年）');
    expect(flat).toContain('25 July 2025');
    // The inviter and its representative, with the seal box on the Japanese original.
    for (const expected of ['公益財団法人日立地区産業支援センター', '茨城県日立市西成沢町2丁目20番1号', '0294-24-1411', '理事長上原健一', '印']) expect(text).toContain(expected);
    expect(flat).toContain('Kenichi Uehara, Chairman');
    expect(flat).toContain('(Signed and sealed on the Japanese original)');
    // The reason: the work, the background, unpaid, the lodging, the return.
    expect(text).toContain('生産設備の保全・改善業務に取り組む予定である。');
    expect(text).toContain('同年5月のオンライン面接会を経て受入企業に選ばれた。');
    expect(text).toContain('インターンシップは無報酬であり');
    expect(text).toContain('滞在中はレオパレス日立幸町103号室（茨城県日立市幸町2丁目5番8号）に宿泊し、滞在期間の終了後、速やかに帰国する。');
    expect(text).toContain('速やかに帰国する');
    // The guarantee: its four items and the guarantor.
    for (const expected of ['1滞在費', '2渡航費及び帰国旅費', '3帰国', '4法令の遵守', '日本国の法令を遵守することを保証します。', '身元保証人', '被保証人との関係', '上記のとおり相違ありません。']) expect(text).toContain(expected);
    for (const expected of ['Stay expenses', 'Compliance with laws', 'We guarantee that the applicant will observe the laws of Japan during the stay.']) expect(flat).toContain(expected);
    // English pages carry the reference-translation notice.
    expect(flat.match(/Reference translation — the Japanese original prevails/g)).toHaveLength(pages.filter((p) => p.includes('Page ')).length);
  });

  it('lists every schedule row with its date, activity, place and contact, in Japanese and English, and the lodging', async () => {
    const { compact: text, text: raw } = await extract(await renderVisaPack(input(), ['scheduleOfStay']));
    const flat = raw.replace(/\s+/g, ' ');
    for (const header of ['年月日', '行動予定', '滞在地', '連絡先', '宿泊予定先']) expect(text).toContain(header);
    for (const row of twelveDays()) {
      const [y, m, d] = row.date.split('-').map(Number);
      expect(text).toContain(`${y}年${m}月${d}日`);
      expect(text).toContain(compact(row.activity.ja!));
      expect(text).toContain(compact(row.place.ja!));
      expect(text).toContain(row.contact);
      expect(flat).toContain(row.activity.en!);
    }
    expect(text).toContain('2025年8月18日（月）');
    expect(flat).toContain('18 Aug 2025 (Mon)');
    // The flat's address once, then 同上 for the following nights; no lodging on the day of departure.
    expect(text.match(/茨城県日立市幸町2丁目5番8号/g)).toHaveLength(1);
    expect(text.match(/同上/g)).toHaveLength(10);
    expect(flat.match(/Same as above/g)).toHaveLength(10);
    expect(text).toContain('成田空港から帰国成田市0294-24-1411—');
    expect(text).toContain('作成者公益財団法人日立地区産業支援センター');
  });

  it('yields only the documents asked for, in the embassy’s order', async () => {
    for (const document of ['invitationLetter', 'letterOfGuarantee', 'scheduleOfStay'] as const) {
      const { compact: text } = await extract(await renderVisaPack(input(), [document]));
      for (const [other, title] of Object.entries(TITLES)) {
        if (other === document) expect(text).toContain(title);
        else expect(text).not.toContain(title);
      }
      for (const [other, title] of Object.entries(ENGLISH_TITLES)) {
        if (other === document) expect(text).toContain(compact(title));
        else expect(text).not.toContain(compact(title));
      }
    }
    const { text } = await extract(await renderVisaPack(input(), ['scheduleOfStay', 'invitationLetter']));
    expect(text.indexOf('招へい理由書')).toBeLessThan(text.indexOf('滞在予定表'));
    expect(text).not.toContain('身元保証書');
    await expect(renderVisaPack(input(), [])).rejects.toThrow(RangeError);
  });

  it('names the host company as guarantor when it is one', async () => {
    const { compact: text } = await extract(await renderVisaPack(input({ guarantor: 'hostCompany' }), ['letterOfGuarantee']));
    expect(text).toContain('代表取締役大森誠');
    expect(text).toContain('茨城県日立市城南町1丁目3番5号');
    expect(text).toContain('「令和7年度モンゴル寄付講座及びインターンシップ」における申請人のインターンシップ受入企業');
    expect(text).not.toContain('理事長上原健一');
  });

  it('continues a 30-row schedule on further pages under a repeated header row, every row once', async () => {
    const schedule = thirtyRows();
    const { pages, compact: text, file } = await extract(await renderVisaPack(input({ stay: { from: '2025-08-18', to: '2025-09-01', lodging: LODGING }, schedule }), ['scheduleOfStay']));
    const japanese = pages.filter((page) => !page.includes('Page '));
    const english = pages.filter((page) => page.includes('Page '));
    expect(japanese.length).toBeGreaterThan(1);
    expect(english.length).toBeGreaterThan(1);
    // The header row on every page, its cells side by side on one line, above every row of the page.
    const boxes = await wordBoxes(file);
    pages.forEach((page, i) => {
      const words = boxes.filter((b) => b.page === i + 1);
      const headers = page.includes('Page ') ? ['Date', 'Activity', 'Place', 'Contact', 'Accommodation'] : ['年月日', '行動予定', '滞在地', '連絡先', '宿泊予定先'];
      const cells = headers.map((header) => words.filter((w) => w.word === header));
      cells.forEach((found, j) => expect(found, `${headers[j]} on page ${i + 1}`).toHaveLength(1));
      const top = cells[0]![0]!.yMin;
      for (const [found] of cells) expect(found!.yMin).toBeCloseTo(top, 0);
      const dates = words.filter((w) => /^20\d\d年\d+月\d+日$/.test(w.word));
      if (!page.includes('Page ')) expect(dates.length).toBeGreaterThan(0);
      for (const date of dates) expect(date.yMin).toBeGreaterThan(top);
    });
    for (const row of schedule) {
      expect(text.match(new RegExp(`${compact(row.activity.ja!.split('：')[0]!)}：`, 'g'))).toHaveLength(1);
      expect(text).toContain(compact(row.activity.ja!));
      expect(text).toContain(compact(row.activity.en!));
    }
    // Each page (the second included) gives the flat's address in full before saying 同上.
    for (const page of japanese) {
      const body = compact(page);
      if (body.includes('同上')) expect(body.indexOf('茨城県日立市幸町2丁目5番8号')).toBeLessThan(body.indexOf('同上'));
    }
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
  });

  it('keeps every word within the margins and above the footer, with a long schedule and long texts', async () => {
    const long = 'とても長い名称の株式会社日立精機工業グループホールディングス第二製造事業本部精密部品工場'.repeat(2);
    for (const overrides of [
      {},
      { stay: { from: '2025-08-18', to: '2025-09-01', lodging: LODGING }, schedule: thirtyRows() },
      {
        invitee: { ...input().invitee, nameLatin: 'BATSUKH-ERDENE Oyunbileg-Tsetsegmaa Enkhjargalsaikhan', department: { ja: long, en: 'Department of Mechatronics and Industrial Automation Engineering, 5th year' } },
        hostCompany: { ...input().hostCompany, name: { ja: long, en: 'Hitachi Seiki Kogyo Group Holdings Second Manufacturing Division Precision Parts Plant Co., Ltd.' } },
        schedule: [
          ...thirtyRows(),
          // A row taller than a page is split across pages rather than running off one.
          { date: '2025-08-20', activity: { ja: '実習内容の詳細：'.concat('旋盤・フライス盤の操作、測定器の使い方、品質記録の作成、'.repeat(40)), en: 'Details: '.concat('operating lathes and milling machines, measuring instruments, quality records, '.repeat(30)) }, place: { ja: '日立市', en: 'Hitachi' }, contact: '0294-52-3000-1234567890123456789' },
        ],
      },
    ] as Partial<VisaPackInput>[]) {
      const { file } = await extract(await renderVisaPack(input(overrides)));
      const boxes = await wordBoxes(file);
      expect(boxes.length).toBeGreaterThan(300);
      for (const box of boxes) {
        const where = `${box.word} (page ${box.page})`;
        expect(box.xMin, where).toBeGreaterThanOrEqual(61);
        expect(box.xMax, where).toBeLessThanOrEqual(box.pageWidth - 61);
        expect(box.yMin, where).toBeGreaterThanOrEqual(20);
        expect(box.yMax, where).toBeLessThanOrEqual(box.pageHeight - 30);
        // Body text stays above the footer's rule (the footer itself sits below it).
        if (box.yMin < box.pageHeight - 62) expect(box.yMax, where).toBeLessThanOrEqual(box.pageHeight - 70);
      }
    }
  });

  it('renders without the optional fields: no katakana, department, passport number, background, work or lodging', async () => {
    const { compact: text, text: raw } = await extract(
      await renderVisaPack(
        input({
          invitee: { nameLatin: 'GANBOLD Temuulen', dateOfBirth: '2005-11-30', gender: 'male', school: { ja: 'モンゴル工科高専' } },
          hostCompany: { ...input().hostCompany, internshipWork: null },
          background: null,
          stay: { from: '2025-08-18', to: '2025-08-22', lodging: null },
          schedule: [],
        }),
      ),
    );
    expect(text).toContain('GANBOLDTemuulen');
    expect(text).toContain('男性');
    expect(text).toContain('学生（モンゴル工科高専）');
    expect(text).toContain('2005年11月30日（平成17年）生満19歳');
    expect(text).not.toContain('旅券番号');
    expect(text).not.toContain('宿泊する');
    expect(text).toContain('（5日間）');
    expect(text).toContain('予定はありません。');
    expect(raw.replace(/\s+/g, ' ')).toContain('Student, モンゴル工科高専');
    await expect(renderVisaPack(input({ stay: { from: '2025-08-22', to: '2025-08-18', lodging: null } }))).rejects.toThrow(RangeError);
  });
});

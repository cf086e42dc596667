// The loan-for-use contract is checked as a reader would: its text extracted by poppler's
// pdftotext (the fonts must be embedded with a Unicode map for that to work), the Japanese
// clauses whole, the parties and every unit present, a draft marked on every page and a signed
// contract not, the reference translation after the original, and every word within the page's
// margins (pdftotext -bbox), so that no line runs off the page however many units there are.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { renderLoanContract, type LoanContractInput } from './loan-contract.ts';

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loan-contract-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const units = (count: number): LoanContractInput['units'] =>
  Array.from({ length: count }, (_, i) => ({
    name: `レオパレス日立${String.fromCharCode(65 + (i % 26))}${i >= 26 ? '2' : ''} ${101 + i}号室`,
    address: `茨城県日立市幸町${(i % 3) + 1}丁目${(i % 9) + 2}番${i + 3}号`,
    layout: '1K',
    capacity: 1 + (i % 2),
    from: '2025-08-18',
    to: '2025-08-31',
  }));

const conditions: LoanContractInput['conditions'] = [
  { ja: '室内は全面禁煙とする。', en: 'Smoking is not permitted anywhere indoors.', mn: 'Өрөөнд тамхи татахыг бүрэн хориглоно.' },
  { ja: '駐車場の使用は本契約に含まない。' },
  { en: '   ' },
];

const input = (overrides: Partial<LoanContractInput> = {}): LoanContractInput => ({
  contractNumber: 'HIT-2025-01',
  version: 2,
  status: 'signed',
  lender: { name: { ja: '株式会社レオパレス２１', en: 'Leopalace21 Corporation', mn: 'Леопалас 21 ХК' }, address: '東京都中野区本町2丁目54番11号', representative: null },
  borrower: {
    name: { ja: '公益財団法人日立地区産業支援センター', en: 'Hitachi Area Industry Support Center', mn: 'Хитачи бүсийн аж үйлдвэрийг дэмжих төв' },
    address: '茨城県日立市西成沢町2丁目20番1号',
    representative: '理事長 上原 健一',
  },
  programName: { ja: '令和7年度モンゴル寄付講座及びインターンシップ', en: 'Mongolian donated lectures and internships FY2025', mn: 'Монгол КОСЭН-ий хандивын лекц ба дадлага 2025' },
  agreementStartsOn: '2025-07-17',
  units: units(8),
  conditions: [],
  issuedOn: '2025-08-01',
  translation: null,
  ...overrides,
});

let counter = 0;
async function extract(bytes: Buffer): Promise<{ pages: string[]; text: string; compact: string; file: string }> {
  const file = path.join(dir, `contract-${++counter}.pdf`);
  fs.writeFileSync(file, bytes);
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 32 * 1024 * 1024 });
  const pages = stdout.split('\f').slice(0, -1);
  return { pages, text: stdout, compact: stdout.replace(/\s+/g, ''), file };
}

/** Every word's box on every page (pdftotext -bbox). */
async function wordBoxes(file: string): Promise<{ word: string; xMin: number; xMax: number; yMin: number; yMax: number; pageWidth: number; pageHeight: number }[]> {
  const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { maxBuffer: 32 * 1024 * 1024 });
  return stdout.split('<page ').slice(1).flatMap((page) => {
    const [, width, height] = /width="([\d.]+)" height="([\d.]+)"/.exec(page)!;
    return [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      word: m[5]!,
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

describe('the loan-for-use contract (使用貸借契約書)', { timeout: 60_000 }, () => {
  it('reads in Japanese with its clauses whole: parties, articles, every unit, the era dates and 無償', async () => {
    const bytes = await renderLoanContract(input({ conditions }));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain('/FontFile2');
    const { compact: text, pages } = await extract(bytes);

    expect(text).toContain('使用貸借契約書');
    expect(text).toContain(compact('株式会社レオパレス２１（以下「甲」という。）と公益財団法人日立地区産業支援センター（以下「乙」という。）は、甲乙が2025年7月17日（令和7年）に締結した連携協定に基づき'));
    for (const [n, title] of [[1, '目的'], [2, '物件'], [3, '使用期間'], [4, '無償'], [5, '使用者'], [6, '用法・善管注意義務'], [7, '禁止事項'], [8, '返還・原状回復'], [9, '損害'], [10, '協議'], [11, '特約']] as const) {
      expect(text).toContain(`第${n}条（${title}）`);
    }
    expect(text).toContain('令和7年度モンゴル寄付講座及びインターンシップ（以下「本事業」という。）');
    expect(text).toContain('本物件の使用期間は、2025年8月18日（令和7年）から2025年8月31日（令和7年）までとし');
    expect(text).toContain('本物件の使用は無償とし');
    expect(text).toContain('転貸');
    for (const unit of units(8)) {
      expect(text).toContain(compact(unit.name));
      expect(text).toContain(unit.address);
    }
    expect(text.match(/入居2025\/08\/18/g)).toHaveLength(8);
    expect(text.match(/退去2025\/08\/31/g)).toHaveLength(8);
    // 特約: the conditions in Japanese, the blank one left out.
    expect(text).toContain('（1）室内は全面禁煙とする。（2）駐車場の使用は本契約に含まない。');
    expect(text.slice(text.indexOf('第11条'))).not.toContain('（3）');
    expect(text).toContain('本契約の成立を証するため本書2通を作成し、甲乙記名押印の上、各1通を保有する。');
    expect(text).toContain('2025年8月1日（令和7年）');
    for (const signature of ['甲（貸主）', '乙（借主）', '東京都中野区本町2丁目54番11号', '茨城県日立市西成沢町2丁目20番1号', '理事長上原健一', '印']) expect(text).toContain(signature);
    // Footer on every page: number, version, page n / total.
    pages.forEach((page, i) => {
      expect(compact(page)).toContain('契約番号HIT-2025-01第2版');
      expect(compact(page).endsWith(`${i + 1}/${pages.length}`)).toBe(true);
    });
    expect(text).not.toMatch(/Loan-for-Use|草案/);
  });

  it('marks a draft 草案 on every page, a signed contract nowhere', async () => {
    const draft = await extract(await renderLoanContract(input({ status: 'draft' })));
    expect(draft.pages.length).toBeGreaterThan(1);
    for (const page of draft.pages) expect(page).toContain('草案');
    const signed = await extract(await renderLoanContract(input({ status: 'signed' })));
    expect(signed.text).not.toMatch(/草|DRAFT/);
    const sent = await extract(await renderLoanContract(input({ status: 'sent', translation: 'en' })));
    expect(sent.text).not.toMatch(/草|DRAFT/);
  });

  it('has 第11条（特約） only when there are conditions', async () => {
    const { compact: text } = await extract(await renderLoanContract(input({ conditions: [{ ja: ' ' }] })));
    expect(text).toContain('第10条（協議）');
    expect(text).not.toMatch(/第11条|特約/);
  });

  it('appends an English reference translation after the Japanese original, which prevails', async () => {
    const original = await extract(await renderLoanContract(input({ conditions })));
    const { text, pages } = await extract(await renderLoanContract(input({ conditions, translation: 'en', status: 'draft' })));
    const flat = text.replace(/\s+/g, ' ');
    expect(pages.length).toBeGreaterThan(original.pages.length);
    expect(flat.indexOf('使用貸借契約書')).toBeLessThan(flat.indexOf('Loan-for-Use Agreement'));
    for (const expected of [
      'Reference translation',
      'for reference only',
      'the Japanese original prevails',
      'Leopalace21 Corporation (the “Lender”) and Hitachi Area Industry Support Center (the “Borrower”)',
      'cooperation agreement they concluded on 17 July 2025',
      'Mongolian donated lectures and internships FY2025',
      'Article 1 (Purpose)',
      'Article 4 (Free of Charge)',
      'Article 10 (Consultation)',
      'Article 11 (Special Provisions)',
      'runs from 18 August 2025 to 31 August 2025',
      'Check-in 18 Aug 2025',
      'Check-out 31 Aug 2025',
      '(1) Smoking is not permitted anywhere indoors.',
      'Dated 1 August 2025',
      `Page ${pages.length} of ${pages.length}`,
      'Agreement No. HIT-2025-01',
      'Version 2',
    ]) {
      expect(flat).toContain(expected);
    }
    // A condition typed only in Japanese is shown in Japanese in the translation too.
    expect(compact(pages.slice(original.pages.length).join(''))).toContain('(2)駐車場の使用は本契約に含まない。');
    for (const page of pages.slice(original.pages.length)) expect(page).toMatch(/DRAFT[\s\S]*Reference translation|Reference translation[\s\S]*DRAFT/);
    for (const page of pages.slice(0, original.pages.length)) expect(page).toContain('草案');
  });

  it('appends a Mongolian reference translation with Ө and Ү intact', async () => {
    const { text, pages } = await extract(await renderLoanContract(input({ conditions, translation: 'mn' })));
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of [
      'Эд хөрөнгө үнэгүй ашиглуулах гэрээ',
      'Лавлах орчуулга',
      'япон эх бичвэрийг баримтална',
      'Леопалас 21 ХК (цаашид «Ашиглуулагч» гэх) болон Хитачи бүсийн аж үйлдвэрийг дэмжих төв (цаашид «Ашиглагч» гэх)',
      '2025.07.17 өдөр',
      '1-р зүйл. Гэрээний зорилго',
      '10-р зүйл. Харилцан зөвшилцөх',
      '11-р зүйл. Тусгай нөхцөл',
      'Өрөөнд тамхи татахыг бүрэн хориглоно.',
      'Орох 2025.08.18',
      'Гарах 2025.08.31',
      'Гэрээний дугаар HIT-2025-01',
      '2-р хувилбар',
    ]) {
      expect(flat).toContain(expected);
    }
    expect(flat).toMatch(/Ө/);
    expect(flat).toMatch(/ү/);
    expect(compact(pages.at(-1)!)).toContain(`${pages.length}/${pages.length}`);
  });

  it('continues the table of units on further pages under a repeated header: 40 units take more pages than 8, each unit once', async () => {
    const eight = await extract(await renderLoanContract(input()));
    const forty = await extract(await renderLoanContract(input({ units: units(40), translation: 'en' })));
    const fortyJapanese = await extract(await renderLoanContract(input({ units: units(40) })));
    expect(fortyJapanese.pages.length).toBeGreaterThan(eight.pages.length);
    for (const unit of units(40)) {
      expect(fortyJapanese.compact).toContain(compact(unit.name));
      expect(fortyJapanese.compact).toContain(unit.address);
    }
    expect(fortyJapanese.compact.match(/入居2025\/08\/18/g)).toHaveLength(40);
    expect(forty.text.match(/Check-in 18 Aug 2025/g)).toHaveLength(40);
    const tablePages = fortyJapanese.pages.filter((page) => compact(page).includes('入居2025/08/18'));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const page of tablePages) expect(compact(page)).toContain('所在地');
    expect(eight.compact.match(/所在地/g)).toHaveLength(1);
  });

  it('keeps every word within the margins and above the footer, with 8 or 40 units and in every language', async () => {
    for (const overrides of [{ translation: 'en' as const, conditions }, { units: units(40), translation: 'mn' as const, conditions }]) {
      const { file } = await extract(await renderLoanContract(input(overrides)));
      const boxes = await wordBoxes(file);
      expect(boxes.length).toBeGreaterThan(500);
      for (const box of boxes) {
        expect(box.xMin, box.word).toBeGreaterThanOrEqual(61);
        expect(box.xMax, box.word).toBeLessThanOrEqual(box.pageWidth - 61);
        expect(box.yMin, box.word).toBeGreaterThanOrEqual(20);
        expect(box.yMax, box.word).toBeLessThanOrEqual(box.pageHeight - 30);
      }
    }
  });

  it('renders a contract without units or optional fields, leaving the blanks to be filled in by hand', async () => {
    const { compact: text } = await extract(
      await renderLoanContract(input({ units: [], lender: { name: { en: 'Leopalace21 Corporation' }, address: null, representative: null }, translation: 'en' })),
    );
    expect(text).toContain('物件は未定である。');
    expect(text).toContain('各物件の使用期間は、前条の表に記載するとおりとする。');
    expect(text).toContain('Leopalace21Corporation（以下「甲」という。）');
    expect(text).toContain('Theunitsareyettobedecided.');
  });
});

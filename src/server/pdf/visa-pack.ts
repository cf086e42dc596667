// The short-stay (短期滞在) visa pack for a Mongolian intern, as one A4 PDF: the documents the
// Embassy of Japan in Mongolia (Ulaanbaatar) asks the Japanese side for when a KOSEN student
// comes for a 5–14 day internship —
//   招へい理由書 (letter of invitation: who invites whom, why, for how long),
//   身元保証書 (letter of guarantee: who answers for the stay's costs, the return and the law),
//   滞在予定表 (schedule of stay: day by day, what, where, whom to call, where the intern sleeps).
// Each document starts on a new page with its Japanese text, which is the one submitted and
// signed, and is followed by an English reference translation for the student. Every page has
// a footer with the document's title, the applicant's passport name and "page n / total" of
// that document, so pages that are separated for the application still say what they belong to.
//
// The pack is laid out first and drawn afterwards (page-layout.ts): paragraphs are broken with
// the embedded fonts, a section's heading stays with its first lines, the signature block stays
// together, and the schedule's table continues on the next page under a repeated header row
// (a row too tall for a page continues on the next one), so no text runs off a page.
// VISA_PACK_DOCUMENTS is the embassy checklist's order; a pack always follows it.
import { VISA_PACK_DOCUMENTS, type VisaPackDocument, type VisaPackGuarantor } from '../../domain/residence/visa-pack.ts';
import { pickLocalized, type LocalizedText } from '../../domain/shared/localized-text.ts';
import { documentDate } from './pdf-dates.ts';
import { createPdf, pdfBytes, textWidth, type Pdf, type TextStyle } from './pdf-text.ts';
import { drawRuns, Flow, wrap, type Frame } from './page-layout.ts';

export type { VisaPackDocument };

/**
 * An organization as the documents name it: the inviter (the program's operator) or the host
 * company. Texts are the organization's own (Japanese official; English used in the reference
 * translation, falling back to Japanese when missing).
 */
export type VisaPackOrganization = {
  name: LocalizedText;
  address: LocalizedText;
  /** Printed as given, e.g. "0294-24-1411". */
  phone: string;
  /** e.g. title {ja: '理事長', en: 'Chairman'}, name {ja: '上原 健一', en: 'Kenichi Uehara'}. */
  representative: { title: LocalizedText; name: LocalizedText };
};

/** Where the intern sleeps: the housing partner's flat, as on the loan-for-use contract. */
export type VisaPackLodging = { name: LocalizedText; address: LocalizedText };

export type VisaPackInput = {
  /** ISO date the documents are dated (and the applicant's age is counted on). */
  issuedOn: string;
  /** 招へい人: the operator of the program (e.g. the regional industry support center). */
  inviter: VisaPackOrganization;
  /** 身元保証人: the inviter itself or the host company. */
  guarantor: VisaPackGuarantor;
  /** 査証申請人: a student of a Mongolian KOSEN college (nationality Mongolia). Only what the documents print. */
  invitee: {
    /** As in the passport, in Latin letters, e.g. "BATSUKH Oyunbileg". */
    nameLatin: string;
    /** Reading in katakana, shown after the passport name in the Japanese text when given. */
    nameKatakana?: string | null;
    /** ISO date. */
    dateOfBirth: string;
    gender: 'female' | 'male';
    /** The KOSEN college, e.g. {ja: '新モンゴル高専', en: 'New Mongol KOSEN'}. */
    school: LocalizedText;
    /** Department and year, e.g. {ja: '機械工学科 4年', en: 'Mechanical Engineering, 4th year'}. */
    department?: LocalizedText | null;
    passportNumber?: string | null;
  };
  program: { name: LocalizedText };
  hostCompany: VisaPackOrganization & {
    /** What the intern will do there, a noun phrase, e.g. {ja: '生産設備の保全・改善業務', en: 'the maintenance and improvement of production equipment'} ("The internship will cover …"). */
    internshipWork?: LocalizedText | null;
  };
  /** 招へい経緯: how the applicant came to be invited (lectures attended, interview …), a sentence or two; optional. */
  background?: LocalizedText | null;
  /** ISO dates: arrival in and departure from Japan; lodging null while not yet decided. */
  stay: { from: string; to: string; lodging: VisaPackLodging | null };
  /**
   * The schedule's rows, in any order (sorted by date, rows of one date kept in their order).
   * lodging: the night's accommodation when it differs from the stay's (null: none, e.g. the
   * day of departure); when absent, the stay's lodging on every night from arrival to the eve of
   * departure.
   */
  schedule: { date: string; activity: LocalizedText; place: LocalizedText; contact: string; lodging?: VisaPackLodging | null }[];
};

type Lang = 'ja' | 'en';
type PageMeta = { document: VisaPackDocument; language: Lang };

const MUTED = '#5c5f66';
const RULE = '#8a9099';
const FRAME_INK = '#3d4148';
const HEADER_FILL = '#eef0f3';
const IDEOGRAPHIC_SPACE = '\u3000';
/** Rows of label–value lists sit a little closer than the lines of a paragraph. */
const FIELD_PITCH = 0.92;

const TITLES: Record<VisaPackDocument, Record<Lang, string>> = {
  invitationLetter: { ja: '招へい理由書', en: 'Letter of Invitation (Reason for Invitation)' },
  letterOfGuarantee: { ja: '身元保証書', en: 'Letter of Guarantee' },
  scheduleOfStay: { ja: '滞在予定表', en: 'Schedule of Stay' },
};

/** Text sizes and line pitches: Japanese reads best a little larger and more open. */
const typeScale = (language: Lang) =>
  language === 'ja'
    ? { body: 10.5, pitch: 16, title: 18, cell: 8.8, cellPitch: 12.5 }
    : { body: 9.5, pitch: 13.5, title: 15, cell: 8.5, cellPitch: 11.8 };

export async function renderVisaPack(input: VisaPackInput, documents: readonly VisaPackDocument[] = VISA_PACK_DOCUMENTS): Promise<Buffer> {
  const selected = VISA_PACK_DOCUMENTS.filter((d) => documents.includes(d));
  if (selected.length === 0) throw new RangeError('renderVisaPack: no document selected');
  if (!(input.stay.from <= input.stay.to)) throw new RangeError(`renderVisaPack: the stay ends (${input.stay.to}) before it starts (${input.stay.from})`);

  const documentTitle = selected.length === 1 ? TITLES[selected[0]!].ja : '短期滞在査証申請書類';
  const doc = createPdf({ title: `${documentTitle} ${input.invitee.nameLatin}`, author: pick(input.inviter.name, 'ja'), createdAt: new Date(`${input.issuedOn}T00:00:00Z`) });
  const frame: Frame = { left: 62, right: doc.page.width - 62, top: 66, bottom: doc.page.height - 74 };
  const flow = new Flow<PageMeta>(doc, frame);

  for (const document of selected) {
    for (const language of ['ja', 'en'] as const) {
      flow.startPage({ document, language });
      if (language === 'en') layOutReferenceNotice(flow, document);
      if (document === 'invitationLetter') layOutInvitation(flow, input, language);
      else if (document === 'letterOfGuarantee') layOutGuarantee(flow, input, language);
      else layOutSchedule(flow, input, language);
    }
  }

  flow.pages.forEach((page, index) => {
    if (index > 0) doc.addPage();
    for (const op of page.ops) op(doc);
    const ofDocument = flow.pages.filter((p) => p.meta.document === page.meta.document);
    const number = flow.pages.slice(0, index + 1).filter((p) => p.meta.document === page.meta.document).length;
    // Header and footer are page furniture (artifacts) for assistive technology; pdftotext still extracts them.
    doc.markContent('Artifact', { type: 'Pagination' });
    drawPageFurniture(doc, frame, input, page.meta, number, ofDocument.length);
    doc.endMarkedContent();
  });
  return pdfBytes(doc);
}

// ---------------------------------------------------------------------------------------------
// Texts derived from the input.

const pick = (text: LocalizedText, language: Lang) => pickLocalized(text, language);
/** A numbered section heading: 1 招へい人 (an ideographic space between), 1. Inviter. */
const heading = (number: number, text: string, language: Lang) => (language === 'ja' ? `${number}${IDEOGRAPHIC_SPACE}${text}` : `${number}. ${text}`);
const quoted = (text: string, language: Lang) => (language === 'ja' ? `「${text}」` : `“${text}”`);

function representative(org: VisaPackOrganization, language: Lang): string {
  const title = pick(org.representative.title, language);
  const name = pick(org.representative.name, language);
  if (!title) return name;
  return language === 'ja' ? `${title}${IDEOGRAPHIC_SPACE}${name}` : `${name}, ${title}`;
}

const parseDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d };
};

/** Days of the stay, arrival and departure days included. */
function stayDays(from: string, to: string): number {
  const a = parseDate(from);
  const b = parseDate(to);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000) + 1;
}

/** Full years of age on a date. */
function ageOn(dateOfBirth: string, on: string): number {
  const birth = parseDate(dateOfBirth);
  const day = parseDate(on);
  return day.y - birth.y - (day.m < birth.m || (day.m === birth.m && day.d < birth.d) ? 1 : 0);
}

const WEEKDAYS: Record<Lang, string[]> = { ja: ['日', '月', '火', '水', '木', '金', '土'], en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] };
const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A schedule row's date: 2025年8月18日 / （月）, 18 Aug 2025 / (Mon). */
function scheduleDate(iso: string, language: Lang): string[] {
  const { y, m, d } = parseDate(iso);
  const weekday = WEEKDAYS[language][new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  return language === 'ja' ? [`${y}年${m}月${d}日`, `（${weekday}）`] : [`${d} ${ENGLISH_MONTHS[m - 1]} ${y}`, `(${weekday})`];
}

const period = (input: VisaPackInput, language: Lang) => {
  const days = stayDays(input.stay.from, input.stay.to);
  const from = documentDate(input.stay.from, language);
  const to = documentDate(input.stay.to, language);
  return language === 'ja' ? `${from}から${to}まで（${days}日間）` : `From ${from} to ${to} (${days} days)`;
};

const lodgingText = (lodging: VisaPackLodging, language: Lang) => `${pick(lodging.name, language)}${language === 'ja' ? '（' : ' ('}${pick(lodging.address, language)}${language === 'ja' ? '）' : ')'}`;

/** The applicant's particulars, as both letters print them. */
function applicantFields(input: VisaPackInput, language: Lang): [string, string][] {
  const p = input.invitee;
  const school = pick(p.school, language);
  const department = p.department ? pick(p.department, language) : '';
  const age = ageOn(p.dateOfBirth, input.issuedOn);
  if (language === 'ja') {
    return [
      ['氏名（旅券記載）', p.nameKatakana?.trim() ? `${p.nameLatin}（${p.nameKatakana.trim()}）` : p.nameLatin],
      ['国籍', 'モンゴル国'],
      ['生年月日', `${documentDate(p.dateOfBirth, 'ja')}生${IDEOGRAPHIC_SPACE}満${age}歳`],
      ['性別', p.gender === 'female' ? '女性' : '男性'],
      ['職業', `学生（${school}${department ? `${IDEOGRAPHIC_SPACE}${department}` : ''}）`],
      ...(p.passportNumber?.trim() ? [['旅券番号', p.passportNumber.trim()] as [string, string]] : []),
    ];
  }
  return [
    ['Name (as in passport)', p.nameLatin],
    ['Nationality', 'Mongolia'],
    ['Date of birth', `${documentDate(p.dateOfBirth, 'en')} (age ${age})`],
    ['Gender', p.gender === 'female' ? 'Female' : 'Male'],
    ['Occupation', `Student, ${school}${department ? `, ${department}` : ''}`],
    ...(p.passportNumber?.trim() ? [['Passport number', p.passportNumber.trim()] as [string, string]] : []),
  ];
}

function organizationFields(org: VisaPackOrganization, language: Lang): [string, string][] {
  return language === 'ja'
    ? [
        ['名称', pick(org.name, 'ja')],
        ['所在地', pick(org.address, 'ja')],
        ['電話番号', org.phone],
        ['代表者', representative(org, 'ja')],
      ]
    : [
        ['Name', pick(org.name, 'en')],
        ['Address', pick(org.address, 'en')],
        ['Telephone', org.phone],
        ['Representative', representative(org, 'en')],
      ];
}

// ---------------------------------------------------------------------------------------------
// 招へい理由書.

function layOutInvitation(flow: Flow<PageMeta>, input: VisaPackInput, language: Lang): void {
  const program = quoted(pick(input.program.name, language), language);
  const host = pick(input.hostCompany.name, language);
  const hostAddress = pick(input.hostCompany.address, language);
  const inviter = pick(input.inviter.name, language);
  const school = pick(input.invitee.school, language);
  const work = input.hostCompany.internshipWork ? pick(input.hostCompany.internshipWork, language) : '';
  const background = input.background ? pick(input.background, language) : '';
  const lodging = input.stay.lodging;
  const ja = language === 'ja';

  letterHead(flow, input, 'invitationLetter', language);
  paragraph(flow, ja ? '下記のとおり申請人を招へいいたしますので、査証の発給につきよろしくお願い申し上げます。' : 'We hereby invite the applicant named below to Japan and respectfully request that a visa be issued to the applicant.', language, { firstIndent: ja });
  flow.y += typeScale(language).pitch * 0.5;

  section(flow, language, heading(1, ja ? '招へい人' : 'Inviter', language), () => fieldList(flow, organizationFields(input.inviter, language), language));
  section(flow, language, heading(2, ja ? '査証申請人' : 'Visa applicant', language), () => fieldList(flow, applicantFields(input, language), language));
  section(flow, language, heading(3, ja ? '招へい目的' : 'Purpose of the visit', language), () =>
    paragraph(
      flow,
      ja ? `${program}の一環として${host}で行うインターンシップ（就業体験、無報酬）への参加` : `Participation in an unpaid internship (work experience) at ${host} as part of the ${program}`,
      language,
      { indent: true },
    ),
  );
  section(flow, language, heading(4, ja ? '滞在予定期間' : 'Intended period of stay', language), () => paragraph(flow, period(input, language), language, { indent: true }));
  section(flow, language, heading(5, ja ? '申請人との関係' : 'Relationship between the inviter and the applicant', language), () =>
    paragraph(
      flow,
      ja ? `申請人は、招へい人が運営する${program}に参加する学生（インターンシップ生）である。` : `The applicant is a student (intern) taking part in the ${program}, which the inviter runs.`,
      language,
      { indent: true },
    ),
  );
  const reasons = ja
    ? [
        `招へい人が運営する${program}は、モンゴルの高等専門学校（高専）で学ぶ学生に、日本の企業での就業体験を通じて技術と日本の職場を学ぶ機会を提供する事業である。`,
        `申請人は${school}の学生であり、本事業の選考を経て、${host}（${hostAddress}）においてインターンシップを行うこととなった。${work ? `インターンシップでは、${work}に取り組む予定である。` : ''}`,
        background,
        `インターンシップは無報酬であり、申請人が本邦滞在中に報酬を受ける活動を行うことはない。${lodging ? `滞在中は${lodgingText(lodging, 'ja')}に宿泊し、` : '申請人は'}滞在期間の終了後、速やかに帰国する。`,
      ]
    : [
        `The ${program}, which the inviter runs, gives students of the Mongolian colleges of technology (KOSEN) the opportunity to learn about technology and Japanese workplaces through work experience at Japanese companies.`,
        `The applicant is a student of ${school} and, having been selected in the program, will do an internship at ${host} (${hostAddress}).${work ? ` The internship will cover ${work}.` : ''}`,
        background,
        `The internship is unpaid; the applicant will not engage in any paid activity during the stay in Japan.${lodging ? ` During the stay, the applicant will live at ${lodgingText(lodging, 'en')}.` : ''} The applicant will return to Mongolia promptly at the end of the stay.`,
      ];
  section(flow, language, heading(6, ja ? '招へい理由' : 'Reason for the invitation', language), () => {
    // Japanese paragraphs start one character in; English ones are set apart by a little space.
    reasons
      .filter((r) => r.trim() !== '')
      .forEach((text, i) => {
        if (i > 0 && !ja) flow.y += typeScale(language).pitch * 0.25;
        paragraph(flow, text, language, { indent: true, firstIndent: ja });
      });
  });

  signature(flow, input.inviter, ja ? '招へい人' : 'Inviter', language, {
    name: inviter,
    lead: ja ? '以上の理由により、申請人を招へいいたします。' : 'For these reasons, we invite the applicant to Japan.',
  });
}

// ---------------------------------------------------------------------------------------------
// 身元保証書.

function layOutGuarantee(flow: Flow<PageMeta>, input: VisaPackInput, language: Lang): void {
  const ja = language === 'ja';
  const program = quoted(pick(input.program.name, language), language);
  const guarantor = input.guarantor === 'hostCompany' ? input.hostCompany : input.inviter;
  const from = documentDate(input.stay.from, language);
  const to = documentDate(input.stay.to, language);

  letterHead(flow, input, 'letterOfGuarantee', language);
  section(flow, language, ja ? '査証申請人' : 'Visa applicant', () => fieldList(flow, applicantFields(input, language), language));
  flow.y += typeScale(language).pitch * 0.5;
  paragraph(
    flow,
    ja
      ? `上記の者が${program}のインターンシップのため本邦に滞在するに当たり、身元保証人として下記の事項を保証します。`
      : `As guarantor for the stay in Japan of the applicant named above, who comes for an internship in the ${program}, we guarantee the following.`,
    language,
    { firstIndent: ja },
  );
  const items: [string, string][] = ja
    ? [
        ['滞在費', '申請人の本邦滞在中の滞在費（宿泊費、食費、交通費等）について保証します。'],
        ['渡航費及び帰国旅費', '申請人の本邦への渡航及びモンゴルへの帰国に要する旅費について保証します。'],
        ['帰国', `申請人が滞在予定期間（${from}から${to}まで）の終了後、速やかに帰国することを保証します。`],
        ['法令の遵守', '申請人が本邦滞在中、日本国の法令を遵守することを保証します。'],
      ]
    : [
        ['Stay expenses', 'We guarantee the expenses of the applicant’s stay in Japan (accommodation, meals, local transport, etc.).'],
        ['Travel expenses', 'We guarantee the expenses of the applicant’s journey to Japan and return to Mongolia.'],
        ['Return', `We guarantee that the applicant will return promptly after the intended period of stay (from ${from} to ${to}).`],
        ['Compliance with laws', 'We guarantee that the applicant will observe the laws of Japan during the stay.'],
      ];
  items.forEach(([name, text], i) =>
    section(flow, language, heading(i + 1, name, language), () => paragraph(flow, text, language, { indent: true }), { space: 0.25 }),
  );

  const relationship =
    input.guarantor === 'hostCompany'
      ? ja
        ? `${program}における申請人のインターンシップ受入企業`
        : `Host company of the applicant’s internship in the ${program}`
      : ja
        ? `${program}の運営機関（申請人は本事業の参加学生）`
        : `Operator of the ${program}, in which the applicant takes part`;
  const fields: [string, string][] = [...organizationFields(guarantor, language), [ja ? '被保証人との関係' : 'Relationship to the applicant', relationship]];
  signature(flow, guarantor, ja ? '身元保証人' : 'Guarantor', language, { fields, lead: ja ? '上記のとおり相違ありません。' : 'We certify that the above is true.' });
}

// ---------------------------------------------------------------------------------------------
// 滞在予定表.

type Lodged = { lodging: VisaPackLodging | null; key: string };

function layOutSchedule(flow: Flow<PageMeta>, input: VisaPackInput, language: Lang): void {
  const ja = language === 'ja';
  const scale = typeScale(language);
  dateLine(flow, input, language);
  title(flow, TITLES.scheduleOfStay[language], language);
  fieldList(
    flow,
    ja
      ? [
          ['査証申請人', input.invitee.nameLatin],
          ['国籍', 'モンゴル国'],
          ['滞在予定期間', period(input, 'ja')],
          ['招へい人', `${pick(input.inviter.name, 'ja')}（電話 ${input.inviter.phone}）`],
          ['受入企業', `${pick(input.hostCompany.name, 'ja')}（電話 ${input.hostCompany.phone}）`],
        ]
      : [
          ['Visa applicant', input.invitee.nameLatin],
          ['Nationality', 'Mongolia'],
          ['Intended period of stay', period(input, 'en')],
          ['Inviter', `${pick(input.inviter.name, 'en')} (tel. ${input.inviter.phone})`],
          ['Host company', `${pick(input.hostCompany.name, 'en')} (tel. ${input.hostCompany.phone})`],
        ],
    language,
    { indent: false },
  );
  flow.y += scale.pitch * 0.6;

  const rows = input.schedule
    .map((row, order) => ({ row, order }))
    .sort((a, b) => a.row.date.localeCompare(b.row.date) || a.order - b.order)
    .map(({ row }) => {
      const lodging = row.lodging !== undefined ? row.lodging : row.date >= input.stay.from && row.date < input.stay.to ? (input.stay.lodging ?? 'undecided') : null;
      const lodged: Lodged | 'undecided' = lodging === 'undecided' ? 'undecided' : { lodging, key: lodging ? `${pick(lodging.name, 'ja')}\n${pick(lodging.address, 'ja')}` : '' };
      return { row, lodged };
    });

  const lodgingCell = (lodged: Lodged | 'undecided', ditto: boolean): string[] => {
    if (lodged === 'undecided') return [ja ? '未定' : 'To be decided'];
    if (!lodged.lodging) return ['—'];
    if (ditto) return [ja ? '同上' : 'Same as above'];
    return [pick(lodged.lodging.name, language), pick(lodged.lodging.address, language)];
  };
  const lodgingKey = (lodged: Lodged | 'undecided') => (lodged === 'undecided' ? 'undecided' : lodged.key);

  table(
    flow,
    language,
    ja ? ['年月日', '行動予定', '滞在地', '連絡先', '宿泊予定先'] : ['Date', 'Activity', 'Place', 'Contact', 'Accommodation'],
    [
      { shareOfRest: 0, max: 0.2 },
      { shareOfRest: 0.58, max: 1 },
      { shareOfRest: 0, max: 0.16 },
      { shareOfRest: 0, max: 0.18 },
      { shareOfRest: 0.42, max: 1 },
    ],
    rows.map(({ row, lodged }, i) => ({
      cells: (continuesPage: boolean) => {
        const previous = rows[i - 1];
        // 同上 only under the same lodging on the same page; a page starts with the address again.
        const ditto = continuesPage && previous !== undefined && lodgingKey(previous.lodged) === lodgingKey(lodged) && lodgingKey(lodged) !== '';
        return [scheduleDate(row.date, language), [pick(row.activity, language)], [pick(row.place, language)], [row.contact], lodgingCell(lodged, ditto)];
      },
    })),
    ja ? '予定はありません。' : 'No schedule yet.',
  );

  flow.y += scale.pitch * 0.8;
  const maker = ja ? `作成者${IDEOGRAPHIC_SPACE}${pick(input.inviter.name, 'ja')}` : `Prepared by ${pick(input.inviter.name, 'en')}`;
  const lines = wrap(flow.doc, maker, { size: scale.body }, flow.width);
  flow.keep(lines.length * scale.pitch);
  for (const line of lines) {
    flow.text(line, flow.frame.left, flow.y, { size: scale.body }, { width: flow.width, align: 'right' });
    flow.y += scale.pitch;
  }
}

type TableColumn = { shareOfRest: number; max: number };

/**
 * A table across the text width: columns without a share of the rest are as wide as their
 * longest entry (at most max × width), the others share what remains. Rows that no longer fit
 * go on to the next page under the header row again; a row taller than a page is split.
 * A row's cells may depend on whether it continues the page (a row above it on the same page).
 */
function table(flow: Flow<PageMeta>, language: Lang, headers: string[], columns: TableColumn[], rows: { cells: (continuesPage: boolean) => string[][] }[], empty: string): void {
  const scale = typeScale(language);
  const doc = flow.doc;
  const pad = 5;
  const cell: TextStyle = { size: scale.cell };
  const head: TextStyle = { size: scale.cell, weight: 'bold' };

  const sample = rows.map((r) => r.cells(false));
  const widths = columns.map((column, i) =>
    column.shareOfRest > 0
      ? 0
      : Math.min(column.max * flow.width, Math.max(textWidth(doc, headers[i]!, head), ...sample.flatMap((cells) => cells[i]!.map((line) => textWidth(doc, line, cell)))) + 2 * pad + 1),
  );
  const rest = flow.width - widths.reduce((sum, w) => sum + w, 0);
  columns.forEach((column, i) => {
    if (column.shareOfRest > 0) widths[i] = rest * column.shareOfRest;
  });
  const xs = widths.reduce<number[]>((acc, w) => [...acc, acc.at(-1)! + w], [flow.frame.left]);
  const right = flow.frame.right;

  const wrapCells = (cells: string[][], style: TextStyle) => cells.map((texts, i) => texts.flatMap((text) => wrap(doc, text, style, widths[i]! - 2 * pad)));
  const heightOf = (wrapped: string[][]) => Math.max(1, ...wrapped.map((lines) => lines.length)) * scale.cellPitch + 2 * pad;

  const box = (y: number, height: number, header: boolean) =>
    flow.draw((d) => {
      if (header) d.rect(xs[0]!, y, right - xs[0]!, height).fill(HEADER_FILL);
      d.lineWidth(0.5).strokeColor(RULE);
      for (const x of xs) d.moveTo(x, y).lineTo(x, y + height).stroke();
      if (header) d.lineWidth(0.8).strokeColor(FRAME_INK).moveTo(xs[0]!, y).lineTo(right, y).stroke();
      d.lineWidth(header ? 0.8 : 0.5)
        .strokeColor(header ? FRAME_INK : RULE)
        .moveTo(xs[0]!, y + height)
        .lineTo(right, y + height)
        .stroke();
    });
  const drawLines = (wrapped: string[][], height: number, style: TextStyle, center: boolean) => {
    const y = flow.y;
    box(y, height, center);
    // The glyphs sit a little above the middle of their line box.
    const optical = (scale.cellPitch - style.size * 1.2) / 2;
    wrapped.forEach((lines, i) => {
      const top = center ? y + (height - lines.length * scale.cellPitch) / 2 + optical : y + pad + optical;
      lines.forEach((line, j) => flow.text(line, xs[i]! + pad, top + j * scale.cellPitch, style, { width: widths[i]! - 2 * pad, align: center ? 'center' : 'left' }));
    });
    flow.y += height;
  };
  const headerCells = wrapCells(headers.map((h) => [h]), head);
  const headerHeight = heightOf(headerCells);
  const drawHeader = () => drawLines(headerCells, headerHeight, head, true);
  const newPage = () => {
    flow.startPage(flow.pages.at(-1)!.meta);
    drawHeader();
  };

  const first = sample[0] ? heightOf(wrapCells(sample[0], cell)) : scale.cellPitch + 2 * pad;
  flow.keep(headerHeight + Math.min(first, scale.cellPitch * 2 + 2 * pad));
  drawHeader();
  if (rows.length === 0) {
    const y = flow.y;
    const height = scale.cellPitch + 2 * pad;
    flow.draw((d) => {
      d.lineWidth(0.5).strokeColor(RULE);
      d.moveTo(xs[0]!, y).lineTo(xs[0]!, y + height).moveTo(right, y).lineTo(right, y + height).moveTo(xs[0]!, y + height).lineTo(right, y + height).stroke();
    });
    flow.text(empty, xs[0]!, y + pad, cell, { width: flow.width, align: 'center' });
    flow.y += height;
    return;
  }

  const pageLines = Math.floor((flow.frame.bottom - flow.frame.top - headerHeight - 2 * pad) / scale.cellPitch);
  const linesHere = () => Math.floor((flow.frame.bottom - flow.y - 2 * pad) / scale.cellPitch);
  // Whether the row above is whole on this page (so that a cell may say 同上, "same as above").
  let continuesPage = false;
  for (const row of rows) {
    let wrapped = wrapCells(row.cells(continuesPage), cell);
    let height = heightOf(wrapped);
    let split = false;
    if (!flow.fits(height)) {
      // A row goes on to the next page whole, unless it is taller than a page: then it starts here.
      if (height - 2 * pad <= pageLines * scale.cellPitch || linesHere() < 2) {
        newPage();
        wrapped = wrapCells(row.cells(false), cell);
        height = heightOf(wrapped);
      }
      while (!flow.fits(height)) {
        const fit = Math.max(1, linesHere());
        drawLines(
          wrapped.map((lines) => lines.slice(0, fit)),
          fit * scale.cellPitch + 2 * pad,
          cell,
          false,
        );
        wrapped = wrapped.map((lines) => lines.slice(fit));
        height = heightOf(wrapped);
        newPage();
        split = true;
      }
    }
    drawLines(wrapped, height, cell, false);
    continuesPage = !split;
  }
}

// ---------------------------------------------------------------------------------------------
// Building blocks of the letters.

function dateLine(flow: Flow<PageMeta>, input: VisaPackInput, language: Lang): void {
  const scale = typeScale(language);
  flow.text(documentDate(input.issuedOn, language), flow.frame.left, flow.y, { size: scale.body }, { width: flow.width, align: 'right' });
  flow.y += scale.pitch;
}

function title(flow: Flow<PageMeta>, text: string, language: Lang): void {
  const scale = typeScale(language);
  const style: TextStyle = { size: scale.title, weight: 'bold' };
  for (const line of wrap(flow.doc, text, style, flow.width)) {
    flow.text(line, flow.frame.left, flow.y, style, { width: flow.width, align: 'center' });
    flow.y += scale.title * 1.45;
  }
  flow.y += scale.title * 0.4;
}

/** Date, addressee (the embassy) and title. */
function letterHead(flow: Flow<PageMeta>, input: VisaPackInput, document: VisaPackDocument, language: Lang): void {
  const scale = typeScale(language);
  dateLine(flow, input, language);
  flow.text(language === 'ja' ? `在モンゴル日本国大使館${IDEOGRAPHIC_SPACE}御中` : 'To the Embassy of Japan in Mongolia (Ulaanbaatar)', flow.frame.left, flow.y, { size: scale.body + 0.5, weight: 'bold' });
  flow.y += scale.pitch * 1.4;
  title(flow, TITLES[document][language], language);
}

/** A numbered heading and its content; the heading stays with the content's first lines. */
function section(flow: Flow<PageMeta>, language: Lang, text: string, content: () => void, options: { space?: number } = {}): void {
  const scale = typeScale(language);
  flow.y += scale.pitch * (options.space ?? 0.35);
  flow.keep(scale.pitch * 3);
  for (const line of wrap(flow.doc, text, { size: scale.body, weight: 'bold' }, flow.width)) {
    flow.text(line, flow.frame.left, flow.y, { size: scale.body, weight: 'bold' });
    flow.y += scale.pitch;
  }
  content();
}

const indentOf = (language: Lang) => typeScale(language).body * (language === 'ja' ? 2 : 1.6);

/** A wrapping paragraph, optionally indented under a heading and with its first line one character in (Japanese). */
function paragraph(flow: Flow<PageMeta>, text: string, language: Lang, options: { indent?: boolean; firstIndent?: boolean }): void {
  const scale = typeScale(language);
  const style: TextStyle = { size: scale.body };
  const x = flow.frame.left + (options.indent ? indentOf(language) : 0);
  const firstX = x + (options.firstIndent ? scale.body : 0);
  const lines = wrap(flow.doc, text, style, flow.frame.right - firstX, flow.frame.right - x);
  flow.keep(Math.min(lines.length, 2) * scale.pitch);
  lines.forEach((line, i) => {
    if (i > 0) flow.keep(scale.pitch);
    flow.text(line, i === 0 ? firstX : x, flow.y, style);
    flow.y += scale.pitch;
  });
}

/** Label–value rows (the label muted, the value wrapping in its column). */
function fieldList(flow: Flow<PageMeta>, fields: [string, string][], language: Lang, options: { indent?: boolean; left?: number; right?: number } = {}): void {
  const scale = typeScale(language);
  const style: TextStyle = { size: scale.body };
  const label: TextStyle = { size: scale.body, color: MUTED };
  const left = options.left ?? flow.frame.left + (options.indent === false ? 0 : indentOf(language));
  const right = options.right ?? flow.frame.right;
  const labelWidth = Math.min((right - left) * 0.4, Math.max(...fields.map(([l]) => textWidth(flow.doc, l, label))) + scale.body * 1.2);
  const valueX = left + labelWidth;
  const pitch = scale.pitch * FIELD_PITCH;
  for (const [name, value] of fields) {
    const labelLines = wrap(flow.doc, name, label, labelWidth - scale.body * 0.8);
    const valueLines = value.trim() ? wrap(flow.doc, value, style, right - valueX) : [];
    const height = Math.max(labelLines.length, valueLines.length, 1) * pitch;
    flow.keep(Math.min(height, pitch * 2));
    const top = flow.y;
    labelLines.forEach((line, i) => flow.text(line, left, top + i * pitch, label));
    if (valueLines.length === 0) {
      // Left blank to be filled in by hand.
      const lineY = top + scale.body * 1.45;
      flow.draw((d) => d.lineWidth(0.5).strokeColor(RULE).moveTo(valueX, lineY).lineTo(right, lineY).stroke());
    }
    let y = top;
    let broke = false;
    valueLines.forEach((line, i) => {
      if (i > 0) {
        flow.y = y;
        if (flow.keep(pitch)) {
          y = flow.y;
          broke = true;
        }
      }
      flow.text(line, valueX, y, style);
      y += pitch;
    });
    flow.y = broke ? y : Math.max(y, top + Math.max(labelLines.length, 1) * pitch);
  }
}

/**
 * The signing party at the foot of a letter, kept together with the closing sentence before
 * it: its role, its name and representative (or the given fields), with the seal box beside
 * them on the Japanese original; the reference translation says the signature is on the
 * original instead.
 */
function signature(flow: Flow<PageMeta>, org: VisaPackOrganization, role: string, language: Lang, content: { lead: string; name?: string; fields?: [string, string][] }): void {
  const scale = typeScale(language);
  const ja = language === 'ja';
  const doc = flow.doc;
  const sealSize = 42;
  const style: TextStyle = { size: scale.body };
  const bold: TextStyle = { size: scale.body, weight: 'bold' };
  const roleWidth = textWidth(doc, role, bold) + scale.body * 1.5;
  const left = flow.frame.left + (content.fields ? 0 : flow.width * 0.3);
  const valueLeft = left + roleWidth;
  const valueRight = flow.frame.right - (ja ? sealSize + 14 : 0);
  const note = ja ? null : '(Signed and sealed on the Japanese original)';

  const leadLines = wrap(doc, content.lead, style, flow.width - (ja ? scale.body : 0), flow.width);
  const nameLines = content.name ? wrap(doc, content.name, bold, valueRight - valueLeft) : [];
  const repLines = content.name ? wrap(doc, representative(org, language), style, valueRight - valueLeft) : [];
  const fields = content.fields;
  let partyHeight = (nameLines.length + repLines.length) * scale.pitch;
  if (fields) {
    const labelWidth = Math.min((valueRight - valueLeft) * 0.4, Math.max(...fields.map(([l]) => textWidth(doc, l, style))) + scale.body * 1.2);
    partyHeight = fields.reduce((sum, [l, v]) => sum + Math.max(wrap(doc, l, style, labelWidth - scale.body * 0.8).length, wrap(doc, v, style, valueRight - valueLeft - labelWidth).length) * scale.pitch * FIELD_PITCH, 0);
  }
  const gap = scale.pitch * 0.6;
  flow.y += scale.pitch * 0.3;
  flow.keep(leadLines.length * scale.pitch + gap + Math.max(partyHeight, ja ? sealSize : 0) + (note ? scale.pitch * 1.2 : 0));

  leadLines.forEach((line, i) => {
    flow.text(line, flow.frame.left + (i === 0 && ja ? scale.body : 0), flow.y, style);
    flow.y += scale.pitch;
  });
  flow.y += gap;
  const top = flow.y;
  flow.text(role, left, top, bold);
  if (fields) fieldList(flow, fields, language, { left: valueLeft, right: valueRight });
  for (const line of nameLines) {
    flow.text(line, valueLeft, flow.y, bold);
    flow.y += scale.pitch;
  }
  for (const line of repLines) {
    flow.text(line, valueLeft, flow.y, style);
    flow.y += scale.pitch;
  }
  if (ja) {
    // The seal box beside the party's name.
    const sealX = flow.frame.right - sealSize;
    flow.draw((d) => d.lineWidth(0.6).strokeColor(RULE).dash(2, { space: 2 }).rect(sealX, top, sealSize, sealSize).stroke().undash());
    flow.text('印', sealX, top + sealSize / 2 - scale.cell * 0.75, { size: scale.cell, color: RULE }, { width: sealSize, align: 'center' });
    flow.y = Math.max(flow.y, top + sealSize);
  }
  if (note) {
    flow.y += scale.pitch * 0.2;
    flow.text(note, valueLeft, flow.y, { size: scale.body - 1, color: MUTED });
    flow.y += scale.pitch;
  }
}

/** The box that opens an English reference translation. */
function layOutReferenceNotice(flow: Flow<PageMeta>, document: VisaPackDocument): void {
  const scale = typeScale('en');
  const pad = 10;
  const style: TextStyle = { size: scale.body - 0.5 };
  const text = `An English translation of the ${TITLES[document].ja} for the applicant’s reference. The document submitted to the Embassy of Japan is the Japanese original before it, which prevails.`;
  const lines = wrap(flow.doc, text, style, flow.width - 2 * pad - 4);
  const height = pad * 2 + scale.pitch + lines.length * scale.pitch * 0.95;
  const top = flow.y;
  const left = flow.frame.left;
  flow.draw((d) => {
    d.rect(left, top, flow.width, height).fill('#f3f4f6');
    d.rect(left, top, 3, height).fill(MUTED);
  });
  flow.text('Reference translation', left + pad + 4, top + pad, { size: scale.body, weight: 'bold' });
  lines.forEach((line, i) => flow.text(line, left + pad + 4, top + pad + scale.pitch + i * scale.pitch * 0.95, style));
  flow.y = top + height + scale.pitch * 1.2;
}

function drawPageFurniture(doc: Pdf, frame: Frame, input: VisaPackInput, meta: PageMeta, page: number, total: number): void {
  const small: TextStyle = { size: 8, color: MUTED };
  const width = frame.right - frame.left;
  if (meta.language === 'en') drawRuns(doc, 'Reference translation — the Japanese original prevails', frame.left, 30, small);
  const y = doc.page.height - 52;
  doc.lineWidth(0.5).strokeColor('#c9cdd3').moveTo(frame.left, y - 8).lineTo(frame.right, y - 8).stroke();
  const pageLabel = meta.language === 'ja' ? `${page} / ${total}` : `Page ${page} of ${total}`;
  const pageWidth = textWidth(doc, pageLabel, small);
  // The document's title and the applicant, shortened with … if a very long name would reach the page number.
  let label = `${TITLES[meta.document][meta.language]}${meta.language === 'ja' ? IDEOGRAPHIC_SPACE : ' — '}${input.invitee.nameLatin}`;
  const room = width - pageWidth - 16;
  while (textWidth(doc, label, small) > room && label.length > 1) label = `${[...label].slice(0, -2).join('')}…`;
  drawRuns(doc, label, frame.left, y, small);
  drawRuns(doc, pageLabel, frame.left + width - pageWidth, y, small);
}

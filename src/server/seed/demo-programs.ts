// The programs of the two source documents with their real names, dates and counts
// (shared/DOMAIN.md). Where a source gives only a month, the phase spans that month and its
// note says so; nothing is given a precision the source does not have.
import type { ParticipationRole } from '../../domain/organizations/organization.ts';
import type { PhaseKind } from '../../domain/programs/phase.ts';
import type { ReportedFigures } from '../../domain/programs/program.ts';
import type { LocalizedText } from '../../domain/shared/localized-text.ts';

export type DemoProgram = {
  key: string;
  operator: string;
  fiscalYear: number;
  name: LocalizedText;
  summary: LocalizedText;
  internCapPerCompany: number | null;
  plannedInterns: number | null;
  reportedFigures: ReportedFigures | null;
  cohorts: { ordinal: number; name: LocalizedText; plannedInterns: number | null }[];
  phases: {
    kind: PhaseKind;
    label: LocalizedText;
    startDate: string;
    endDate: string;
    location?: string;
    note?: LocalizedText;
    cohort?: number;
  }[];
  participations: [organization: string, role: ParticipationRole][];
};

const MONTH_ONLY: LocalizedText = {
  ja: '出典は月のみ記載（日付は月単位の目安）',
  en: 'The source gives the month only',
  mn: 'Эх сурвалжид зөвхөн сар заасан',
};
const MONGOLIAN_COLLEGES: [string, ParticipationRole][] = [
  ['new-mongol-kosen', 'sending_college'],
  ['must-kosen', 'sending_college'],
  ['mongolian-kosen', 'sending_college'],
];

const hitachiFy2024: DemoProgram = {
  key: 'hitachi-fy2024',
  operator: 'hitachi-center',
  fiscalYear: 2024,
  name: { ja: '令和6年度 モンゴル寄付講座及びインターンシップ', en: 'FY2024 Mongolian donated lectures and internships', mn: '2024 оны Монгол дахь хандивын лекц ба дадлага' },
  summary: {
    ja: '企業4社とモンゴルへ渡航し、三高専への寄付講座（2日間で90分×15コマ、延べ57名参加）と面接会（4社で44名）を実施。三高専の9名が5日間のインターンシップに参加し、2社で2名が内定、令和7年度より入社。',
    en: '4 companies travelled to Mongolia: donated lectures for the three KOSEN (15 sessions of 90 minutes over 2 days, 57 participants in all) and an interview fair (44 students interviewed by 4 companies). 9 students from the three colleges took a 5-day internship; 2 received offers from 2 companies and joined in FY2025.',
    mn: '4 компани Монголд очиж, гурван коосэнд хандивын лекц (2 өдөрт 90 минутын 15 цаг, нийт 57 оролцогч) болон ярилцлагын өдөрлөг (4 компани 44 оюутантай) зохион байгуулав. Гурван коллежийн 9 оюутан 5 өдрийн дадлагад хамрагдаж, 2 компаниас 2 нь ажлын санал авч, 2025 онд ажилд орсон.',
  },
  internCapPerCompany: null,
  plannedInterns: null,
  reportedFigures: { hostCompanies: 4, lectureSessions: 15, lectureParticipants: 57, interviewingCompanies: 4, interviewees: 44, interns: 9, offers: 2, hires: 2 },
  cohorts: [],
  phases: [
    { kind: 'donated_lectures', label: { ja: '三高専への寄付講座（90分×15コマ）と面接会', en: 'Donated lectures (15 × 90 min) and interview fair', mn: 'Хандивын лекц (15 × 90 мин) ба ярилцлага' }, startDate: '2024-06-01', endDate: '2024-06-30', location: 'MOJC, Ulaanbaatar', note: MONTH_ONLY },
    { kind: 'internship', label: { ja: 'インターンシップ（5日間・9名）と報告会', en: 'Internship (5 days, 9 students) and final report meeting', mn: 'Дадлага (5 өдөр, 9 оюутан) ба тайлангийн хурал' }, startDate: '2024-08-01', endDate: '2024-08-31', location: '日立市', note: MONTH_ONLY },
    { kind: 'hiring_selection', label: { ja: '入社希望者の入社選考（2社で2名内定）', en: 'Hiring selection (2 offers from 2 companies)', mn: 'Ажилд авах сонгон шалгаруулалт (2 компаниас 2 санал)' }, startDate: '2024-09-01', endDate: '2025-03-31', note: MONTH_ONLY },
  ],
  participations: [
    ['hitachi-center', 'operator'],
    ...MONGOLIAN_COLLEGES,
    ['mojc', 'education_partner'],
    ['aots', 'education_partner'],
    ['hitachi-company-1', 'host_company'],
    ['hitachi-company-2', 'host_company'],
    ['hitachi-company-3', 'host_company'],
    ['hitachi-company-4', 'host_company'],
  ],
};

const hitachiFy2025: DemoProgram = {
  key: 'hitachi-fy2025',
  operator: 'hitachi-center',
  fiscalYear: 2025,
  name: { ja: '令和7年度 外国中核人材活用支援 モンゴル寄付講座及びインターンシップ', en: 'FY2025 Foreign core talent support: Mongolian donated lectures and internships', mn: '2025 оны Гадаадын гол мэргэжилтнийг дэмжих: Монгол дахь хандивын лекц ба дадлага' },
  summary: {
    ja: 'モンゴルの日本式三高専で寄付講座と面接会を行い、日立地区の企業でインターンシップを実施（8名想定・1社当たり2名以内）。住居はレオパレス21が日立市内の管理物件8戸を無償提供。',
    en: 'Donated lectures and an interview fair at the three Japanese-style KOSEN in Mongolia, then internships at Hitachi-area companies (about 8 students, at most 2 per company). Leopalace21 lends 8 managed flats in Hitachi city free of charge.',
    mn: 'Монгол дахь Япон загварын гурван коосэнд хандивын лекц, ярилцлага зохион байгуулж, Хитачи бүсийн компаниудад дадлага хийлгэнэ (ойролцоогоор 8 оюутан, нэг компанид 2-оос ихгүй). Леопалас21 Хитачи хотод 8 байрыг үнэгүй олгоно.',
  },
  internCapPerCompany: 2,
  plannedInterns: 8,
  reportedFigures: null,
  cohorts: [],
  phases: [
    { kind: 'company_call', label: { ja: '参加企業の公募・選定', en: 'Public call for and selection of companies', mn: 'Оролцох компанийн нээлттэй сонгон шалгаруулалт' }, startDate: '2025-04-01', endDate: '2025-05-31', note: MONTH_ONLY },
    { kind: 'travel_preparation', label: { ja: 'モンゴル渡航準備', en: 'Preparing the trip to Mongolia', mn: 'Монгол руу аялах бэлтгэл' }, startDate: '2025-05-01', endDate: '2025-06-14', note: MONTH_ONLY },
    { kind: 'guidance', label: { ja: '生徒へのオンラインガイダンス', en: 'Online guidance for students', mn: 'Оюутнуудад зориулсан онлайн заавар' }, startDate: '2025-05-12', endDate: '2025-05-12' },
    { kind: 'donated_lectures', label: { ja: '現地での講座及び面接会', en: 'Lectures and interview fair in Ulaanbaatar', mn: 'Улаанбаатар дахь лекц ба ярилцлага' }, startDate: '2025-06-15', endDate: '2025-06-21', location: 'MOJC, Ulaanbaatar' },
    { kind: 'housing_agreement', label: { ja: 'レオパレス21との協定締結式（16:00）', en: 'Signing of the agreement with Leopalace21 (16:00)', mn: 'Леопалас21-тэй гэрээ байгуулах ёслол (16:00)' }, startDate: '2025-07-17', endDate: '2025-07-17', location: '日立地区産業支援センター' },
    { kind: 'internship', label: { ja: 'インターンシップ実施', en: 'Internship in Hitachi', mn: 'Хитачи дахь дадлага' }, startDate: '2025-08-19', endDate: '2025-08-30', location: '日立市' },
    { kind: 'follow_up', label: { ja: 'インターンシップ参加生徒のフォロー', en: 'Follow-up of the interns', mn: 'Дадлагажигчдыг дэмжих' }, startDate: '2025-09-01', endDate: '2025-12-31', note: MONTH_ONLY },
    { kind: 'study_tour', label: { ja: 'MOJC本邦研修（スタディーツアー）', en: 'MOJC study tour to Japan', mn: 'MOJC-ийн Японд хийх сургалтын аялал' }, startDate: '2026-01-01', endDate: '2026-03-31', note: MONTH_ONLY },
  ],
  participations: [
    ['hitachi-center', 'operator'],
    ...MONGOLIAN_COLLEGES,
    ['leopalace21', 'housing_partner'],
    ['mojc', 'education_partner'],
    ['aots', 'education_partner'],
  ],
};

const nagaokaFy2022: DemoProgram = {
  key: 'nagaoka-fy2022',
  operator: 'nagaoka-city',
  fiscalYear: 2022,
  name: { ja: '令和4年度 モンゴル3高専生 市内企業インターンシップ', en: 'FY2022 Internships of Mongolian KOSEN students at Nagaoka companies', mn: '2022 оны Монголын 3 коосэнгийн оюутны Нагаока хотын компани дахь дадлага' },
  summary: {
    ja: '長岡高専への委託事業として初めて実施。約70人の希望者のうち8人が市内企業8社でインターンシップを行った。',
    en: 'First run, commissioned to Nagaoka KOSEN: of about 70 applicants, 8 students interned at 8 companies in the city.',
    mn: 'Нагаокагийн технологийн коллежид даалгаж анх удаа зохион байгуулсан: ойролцоогоор 70 өргөдөл гаргагчаас 8 оюутан хотын 8 компанид дадлага хийсэн.',
  },
  internCapPerCompany: 1,
  plannedInterns: 8,
  reportedFigures: { applicants: 70, hostCompanies: 8, interns: 8 },
  cohorts: [],
  phases: [
    { kind: 'internship', label: { ja: '市内企業インターンシップ（8社・8名）', en: 'Internships at 8 city companies (8 students)', mn: 'Хотын 8 компанид дадлага (8 оюутан)' }, startDate: '2023-03-02', endDate: '2023-03-14', location: '長岡市' },
  ],
  participations: [
    ['nagaoka-city', 'operator'],
    ['nagaoka-kosen', 'education_partner'],
    ...MONGOLIAN_COLLEGES,
    ...Array.from({ length: 8 }, (_, i): [string, ParticipationRole] => [`nagaoka-company-${i + 1}`, 'host_company']),
  ],
};

const turn = (n: number): LocalizedText => ({ ja: `第${n}ターン`, en: `Turn ${n}`, mn: `${n}-р ээлж` });

const nagaokaJica: DemoProgram = {
  key: 'nagaoka-jica',
  operator: 'nagaoka-city',
  fiscalYear: 2023,
  name: {
    ja: '新潟・モンゴルの産業変革を担う産業DX人材育成プラットフォームの構築（JICA草の根技術協力事業）',
    en: 'Building an industrial DX talent platform for the industrial transformation of Niigata and Mongolia (JICA grassroots technical cooperation)',
    mn: 'Ниигата ба Монголын аж үйлдвэрийн шинэчлэлийг хөтлөх DX хүний нөөцийн платформ (ЖАЙКА-гийн иргэдийн түншлэлийн төсөл)',
  },
  summary: {
    ja: '提案団体：長岡市、実施団体：長岡産業活性化協会NAZE。事業規模6,000万円、令和5年9月～8年8月。活動1 モンゴル3高専の産業DX人材育成、活動2 市内企業の外国人材活用環境整備、活動3 市内企業インターンシップ（3年間で3ターン）。',
    en: 'Proposed by Nagaoka City, run by NAZE. ¥60M, September 2023 – August 2026. Activity 1: DX training for the three Mongolian KOSEN; 2: readiness of city companies to employ foreign staff; 3: internships at city companies (three turns over three years).',
    mn: 'Санал болгосон: Нагаока хот, хэрэгжүүлэгч: NAZE. Төсөв 60 сая иен, 2023 оны 9-р сараас 2026 оны 8-р сар хүртэл. Үйл ажиллагаа 1: Монголын 3 коосэнд DX сургалт; 2: хотын компаниудын гадаад ажилтан авах бэлтгэл; 3: хотын компанид дадлага (гурван жилд гурван ээлж).',
  },
  internCapPerCompany: null,
  plannedInterns: null,
  reportedFigures: null,
  cohorts: [1, 2, 3].map((n) => ({ ordinal: n, name: turn(n), plannedInterns: null })),
  phases: [
    { kind: 'project_management', label: { ja: '関係機関による実施に向けた調整、準備', en: 'Preparation with the partner organizations', mn: 'Түнш байгууллагуудтай бэлтгэл ажил' }, startDate: '2023-04-01', endDate: '2023-08-31', note: MONTH_ONLY },
    { kind: 'other', label: { ja: '長岡グローバル人材活躍推進協議会', en: 'Nagaoka council for global talent', mn: 'Нагаокагийн дэлхийн хүний нөөцийн зөвлөл' }, startDate: '2023-05-01', endDate: '2023-05-31', note: MONTH_ONLY },
    { kind: 'company_call', label: { ja: '受け入れ企業の掘り起こしと受け入れ環境の整備（継続）', en: 'Finding host companies and preparing them (ongoing)', mn: 'Хүлээн авагч компани олох, бэлтгэх (үргэлжилсэн)' }, startDate: '2023-05-01', endDate: '2026-08-31', note: MONTH_ONLY },
    { kind: 'dx_training', label: { ja: '長岡高専による人材育成プログラム作成（AI・IoT・ロボティクス）', en: 'Nagaoka KOSEN builds the DX curriculum (AI, IoT, robotics)', mn: 'Нагаокагийн коллеж DX хөтөлбөр боловсруулна (AI, IoT, робот)' }, startDate: '2023-06-01', endDate: '2026-08-31', note: MONTH_ONLY },
    { kind: 'project_management', label: { ja: 'JICA草の根技術協力事業 実施期間', en: 'JICA project period', mn: 'ЖАЙКА төслийн хэрэгжих хугацаа' }, startDate: '2023-09-01', endDate: '2026-08-31', note: MONTH_ONLY },
    { kind: 'student_recruitment', label: { ja: '受け入れ企業と現地派遣団の募集', en: 'Call for host companies and for the student delegation', mn: 'Хүлээн авагч компани ба оюутны төлөөлөгчдийн бүрдүүлэлт' }, startDate: '2023-09-01', endDate: '2023-12-31', note: MONTH_ONLY },
  ],
  participations: [
    ['nagaoka-city', 'operator'],
    ['naze', 'operator'],
    ['nagaoka-kosen', 'education_partner'],
    ['kddi', 'telecom_partner'],
    ['mobicom', 'telecom_partner'],
    ['college-federation', 'sending_college'],
    ...MONGOLIAN_COLLEGES,
    ['jica', 'funder'],
  ],
};

export const DEMO_PROGRAMS: DemoProgram[] = [hitachiFy2024, hitachiFy2025, nagaokaFy2022, nagaokaJica];

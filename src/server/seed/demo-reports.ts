// The reports' demo data (issue 9). The JICA grassroots technical cooperation project of the
// Nagaoka demo program as the press notice gives it — its name, September 2023 – August 2026,
// ¥60,000,000 and its three activities — with indicators, budget lines, actuals and expenses
// that are DEMO FIGURES, invented to show the feature: the notice gives no indicators, budget
// breakdown or spending, and nothing below is to be read as the project's real figures (every
// entered text says デモ). The working-age population of the Hitachi Area Industry Support
// Center's region is real (the Hitachi notice: 100,611 in 2020, 46,809 forecast for 2050);
// the notices give none for Nagaoka.
import type { LocalizedText } from '../../domain/shared/localized-text.ts';
import type { BudgetCategory, IndicatorMetric, IndicatorUnit } from '../../domain/reports/funded-project.ts';
import type { Executor } from '../repositories/executor.ts';
import { deleteDemoProject, upsertPopulation } from '../repositories/demo-reports.repository.ts';
import { insertActivity, insertActual, insertBudgetLine, insertExpense, insertIndicator, insertProject } from '../repositories/funded-projects.repository.ts';

type DemoIndicator = { activity: number | null; name: LocalizedText; unit: IndicatorUnit; metric: IndicatorMetric | null; baseline: number; target: number; actuals?: [string, string, number, string][] };
type DemoLine = { name: LocalizedText; category: BudgetCategory; plannedYen: number; inKind?: string; expenses: [string, number, string][] };

export const DEMO_JICA_PROJECT = {
  key: 'nagaoka-jica:project',
  program: 'nagaoka-jica',
  funder: 'jica',
  name: { ja: '新潟・モンゴルの産業変革を担う産業DX人材育成プラットフォームの構築', en: 'Building an industrial DX talent platform for the industrial transformation of Niigata and Mongolia', mn: 'Ниигата ба Монголын аж үйлдвэрийн шинэчлэлийг хөтлөх DX хүний нөөцийн платформ байгуулах' },
  startsOn: '2023-09-01',
  endsOn: '2026-08-31',
  budgetYen: 60_000_000,
  activities: [
    { ja: 'モンゴル3高専の教員・学生向け産業DX人材育成', en: 'DX talent training for the teachers and students of the three Mongolian KOSEN', mn: 'Монголын 3 коосэны багш, оюутнуудад DX сургалт' },
    { ja: '市内企業の外国人材受入れ環境の整備', en: 'Readiness of city companies to employ foreign staff', mn: 'Хотын компаниудын гадаад ажилтан авах бэлтгэл' },
    { ja: '市内企業でのインターンシップ（3年間で3ターン）', en: 'Internships at city companies (three turns over three years)', mn: 'Хотын компанид дадлага (гурван жилд гурван ээлж)' },
  ] as LocalizedText[],
  indicators: [
    { activity: 1, name: { ja: 'DX講義の実施回数', en: 'DX lecture sessions held', mn: 'DX лекцийн тоо' }, unit: 'sessions', metric: 'lectureSessions', baseline: 0, target: 30 },
    { activity: 1, name: { ja: 'DX講義の受講者数', en: 'Students attending the DX lectures', mn: 'DX лекцэд хамрагдсан оюутан' }, unit: 'people', metric: 'lectureAttendees', baseline: 0, target: 90 },
    { activity: 1, name: { ja: '教材を開発した分野数（AI・IoT・ロボティクス）', en: 'Fields with course material (AI, IoT, robotics)', mn: 'Хичээлийн материал боловсруулсан салбар (AI, IoT, робот)' }, unit: 'count', metric: null, baseline: 0, target: 3, actuals: [['2024-04-01', '2024-09-30', 2, '長岡高専 教材一覧（デモ）']] },
    { activity: 1, name: { ja: 'DX研修を修了した高専教員数', en: 'KOSEN teachers who completed the DX training', mn: 'DX сургалт төгссөн коосэны багш' }, unit: 'people', metric: null, baseline: 0, target: 15, actuals: [['2024-06-01', '2024-06-30', 6, '研修修了者名簿（件数のみ、デモ）']] },
    { activity: 2, name: { ja: '外国人材受入れ研修を修了した市内企業数', en: 'City companies that completed the readiness training', mn: 'Бэлтгэлийн сургалт төгссөн хотын компани' }, unit: 'companies', metric: null, baseline: 0, target: 10, actuals: [['2024-01-01', '2024-03-31', 2, 'NAZE 研修出席記録（デモ）'], ['2024-10-01', '2024-12-31', 2, 'NAZE 研修出席記録（デモ）']] },
    { activity: 2, name: { ja: '受入れ準備チェックリストの達成率', en: 'Readiness checklist completed', mn: 'Бэлтгэлийн жагсаалтын гүйцэтгэл' }, unit: 'percent', metric: null, baseline: 0, target: 80, actuals: [['2024-03-01', '2024-03-31', 35, '企業アンケート集計（デモ）'], ['2025-03-01', '2025-03-31', 55, '企業アンケート集計（デモ）']] },
    { activity: 3, name: { ja: 'インターン生数', en: 'Interns', mn: 'Дадлагажигч' }, unit: 'people', metric: 'interns', baseline: 0, target: 24 },
    { activity: 3, name: { ja: 'インターン受入企業数', en: 'Host companies with an intern', mn: 'Дадлагажигч хүлээн авсан компани' }, unit: 'companies', metric: 'hostCompanies', baseline: 0, target: 8 },
    { activity: 3, name: { ja: '内定者数', en: 'Job offers', mn: 'Ажлын санал' }, unit: 'people', metric: 'offers', baseline: 0, target: 6 },
    { activity: 3, name: { ja: '採用後12か月の定着率', en: 'Hires still employed after 12 months', mn: '12 сарын дараа ажиллаж буй' }, unit: 'percent', metric: 'retained12Months', baseline: 0, target: 80 },
    { activity: null, name: { ja: '寄付講座の講師時間', en: 'Donated lecture hours', mn: 'Хандивын лекцийн цаг' }, unit: 'hours', metric: null, baseline: 0, target: 120, actuals: [['2024-06-01', '2024-06-30', 30, '講師派遣記録（デモ）'], ['2025-06-01', '2025-06-30', 15, '講師派遣記録（デモ）']] },
  ] satisfies DemoIndicator[],
  budgetLines: [
    { name: { ja: '人件費（事業・会計管理）', en: 'Personnel (project and accounting management)', mn: 'Хүний нөөц (төсөл, нягтлан бодох)' }, category: 'personnel', plannedYen: 18_000_000, expenses: [['2023-10-31', 1_500_000, '2023年度上期 事業管理（デモ）'], ['2024-04-30', 1_500_000, '2023年度下期 事業管理（デモ）']] },
    { name: { ja: '旅費（専門家派遣・研修員招へい）', en: 'Travel (experts to Mongolia, interns to Japan)', mn: 'Аялал (мэргэжилтэн илгээх, дадлагажигч урих)' }, category: 'travel', plannedYen: 16_000_000, expenses: [['2024-02-20', 2_400_000, '専門家派遣 ウランバートル（デモ）'], ['2024-08-30', 3_200_000, '第1ターン インターン生招へい（デモ）']] },
    { name: { ja: '研修・教材開発費', en: 'Training and course material', mn: 'Сургалт, хичээлийн материал' }, category: 'training', plannedYen: 12_000_000, expenses: [['2024-06-18', 900_000, 'DX講義 教材印刷・会場（デモ）']] },
    { name: { ja: '機材費（IoT・ロボット教材）', en: 'Equipment (IoT and robotics kits)', mn: 'Тоног төхөөрөмж (IoT, робот)' }, category: 'equipment', plannedYen: 6_000_000, expenses: [['2024-03-10', 1_800_000, 'IoT教材キット（デモ）']] },
    { name: { ja: '事業運営費（会議・広報）', en: 'Operations (meetings, publicity)', mn: 'Үйл ажиллагаа (хурал, сурталчилгаа)' }, category: 'operations', plannedYen: 6_000_000, expenses: [] },
    { name: { ja: 'その他', en: 'Other', mn: 'Бусад' }, category: 'other', plannedYen: 2_000_000, expenses: [] },
    { name: { ja: '講師の寄付講座時間（現物）', en: 'Donated lecture hours (in kind)', mn: 'Хандивын лекцийн цаг (биет)' }, category: 'training', plannedYen: 1_800_000, inKind: 'nagaoka-kosen', expenses: [['2024-06-18', 450_000, '寄付講座 30時間の評価額（デモ）']] },
    { name: { ja: 'インターン期間の住居提供（現物）', en: 'Housing during the internship (in kind)', mn: 'Дадлагын үеийн орон байр (биет)' }, category: 'housing', plannedYen: 1_200_000, inKind: 'nagaoka-city', expenses: [['2024-08-30', 400_000, '第1ターン 住居提供の評価額（デモ）']] },
  ] satisfies DemoLine[],
};

export const DEMO_POPULATION = [
  { operator: 'hitachi-center', year: 2020, workingAge: 100_611, forecast: false, source: '国勢調査（2020年）／日立地区産業支援センター 発表資料' },
  { operator: 'hitachi-center', year: 2050, workingAge: 46_809, forecast: true, source: '将来推計（2050年）／日立地区産業支援センター 発表資料' },
];

/** Replaces the demo's funded project (its parts go with it) and upserts the population series. */
export async function loadDemoReports(tx: Executor, demoId: (key: string) => string): Promise<void> {
  const p = DEMO_JICA_PROJECT;
  const programId = demoId(p.program);
  const projectId = demoId(p.key);
  await deleteDemoProject(tx, projectId);
  await insertProject(tx, { id: projectId, programId, funderId: demoId(p.funder), name: p.name, startsOn: p.startsOn, endsOn: p.endsOn, budgetYen: p.budgetYen });
  const activityIds = await Promise.all(p.activities.map((name, i) => insertActivity(tx, { id: demoId(`${p.key}:activity:${i + 1}`), programId, projectId, ordinal: i + 1, name }).then((r) => r.id)));
  for (const [i, { activity, actuals, ...indicator }] of (p.indicators as DemoIndicator[]).entries()) {
    const row = await insertIndicator(tx, { id: demoId(`${p.key}:indicator:${i + 1}`), programId, projectId, ordinal: i + 1, activityId: activity ? activityIds[activity - 1]! : null, ...indicator });
    for (const [periodStart, periodEnd, value, evidence] of actuals ?? []) await insertActual(tx, { programId, indicatorId: row.id, periodStart, periodEnd, value, evidence });
  }
  for (const [i, { expenses, inKind, ...line }] of (p.budgetLines as DemoLine[]).entries()) {
    const row = await insertBudgetLine(tx, { id: demoId(`${p.key}:line:${i + 1}`), programId, projectId, ordinal: i + 1, inKind: Boolean(inKind), ...line });
    for (const [spentOn, amountYen, description] of expenses) await insertExpense(tx, { programId, budgetLineId: row.id, spentOn, amountYen, description, contributorId: inKind ? demoId(inKind) : null });
  }
  for (const { operator, ...row } of DEMO_POPULATION) await upsertPopulation(tx, { operatorId: demoId(operator), ...row });
}

// Builders of valid inputs with overrides, shared by tests.
import type { OrganizationInput } from '../../src/contracts/organizations.ts';
import type { PhaseInput, ProgramInput } from '../../src/contracts/programs.ts';
import type { ApplicationInput } from '../../src/contracts/applications.ts';

let counter = 0;
const next = () => ++counter;

export function buildOrganizationInput(overrides: Partial<OrganizationInput> = {}): OrganizationInput {
  const n = next();
  return { kind: 'support_center', name: { ja: `テスト支援センター${n}`, en: `Test support center ${n}` }, country: 'JP', city: '日立市', website: null, ...overrides };
}

export function buildProgramInput(operatorId: string, overrides: Partial<ProgramInput> = {}): ProgramInput {
  return { operatorId, fiscalYear: 2025, name: { ja: '令和7年度 テストプログラム', en: 'FY2025 test program' }, internCapPerCompany: 2, plannedInterns: 8, ...overrides };
}

export function buildPhaseInput(overrides: Partial<PhaseInput> = {}): PhaseInput {
  return { kind: 'internship', startDate: '2025-08-19', endDate: '2025-08-30', label: { ja: 'インターンシップ' }, ...overrides };
}

/** A student's application; the Latin name is as in the passport. */
export function buildApplicationInput(overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    nameLatin: 'Batbayar Dorj',
    nameCyrillic: 'Батбаяр Дорж',
    nameKatakana: 'バトバヤル ドルジ',
    department: 'Mechatronics',
    graduationYear: 2027,
    jlptLevel: 'N3',
    jlptDate: '2025-12-07',
    skills: ['CAD', 'PLC'],
    companiesOfInterest: [],
    ...overrides,
  };
}

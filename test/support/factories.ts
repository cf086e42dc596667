// Builders of valid inputs with overrides, shared by tests.
import type { OrganizationInput } from '../../src/contracts/organizations.ts';
import type { HostApplicationInput, HostCallInput } from '../../src/contracts/host-calls.ts';
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

/** A call for host companies: open until far in the future, two questions and a two-criterion rubric. */
export function buildHostCallInput(overrides: Partial<HostCallInput> = {}): HostCallInput {
  return {
    deadline: '2099-05-31T23:59:59+09:00',
    questions: [
      { id: 'housing', text: { ja: '住居を用意できますか', en: 'Can you provide housing?', mn: 'Орон сууц гаргаж чадах уу?' } },
      { id: 'mentor', text: { en: 'Who mentors the intern?' } },
    ],
    rubric: [
      { id: 'fit', label: { en: 'Fit with the program' }, weight: 2 },
      { id: 'support', label: { en: 'Support for the intern' }, weight: 1 },
    ],
    status: 'open',
    ...overrides,
  };
}

/** A company's application to a call (Hitachi-like small manufacturer). */
export function buildHostApplicationInput(companyId: string, overrides: Partial<HostApplicationInput> = {}): HostApplicationInput {
  return {
    companyId,
    industry: 'Precision machining',
    employeeCount: 120,
    city: 'Hitachi',
    positions: ['Machine design engineer'],
    skills: ['CAD', 'Japanese N3'],
    interviewerNames: ['Sato Kenji', 'Suzuki Aya'],
    interviewerCount: 2,
    canHostInInternshipPeriod: true,
    wantsToHire: true,
    answers: { housing: 'Yes, a flat near the plant.' },
    ...overrides,
  };
}

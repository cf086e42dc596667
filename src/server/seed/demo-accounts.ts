// One demo account per role for the demo programs, all with one shared password that
// `npm start` prints and the sign-in page shows. Never created when NODE_ENV=production.
import type { MembershipRole } from '../../domain/access/roles.ts';
import type { Language } from '../../domain/shared/localized-text.ts';

export const DEMO_PASSWORD = 'kakehashi-demo-2026';

export type DemoAccount = { email: string; name: string; role: MembershipRole; organization: string; language: Language };

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@hitachi.kakehashi.example', name: '日立 管理者（デモ）', role: 'operator_admin', organization: 'hitachi-center', language: 'ja' },
  { email: 'staff@hitachi.kakehashi.example', name: '日立 担当者（デモ）', role: 'operator_staff', organization: 'hitachi-center', language: 'ja' },
  { email: 'staff@nagaoka.kakehashi.example', name: '長岡 担当者（デモ）', role: 'operator_staff', organization: 'nagaoka-city', language: 'ja' },
  { email: 'hr@company-a.kakehashi.example', name: '受入企業A 人事（デモ）', role: 'host_company', organization: 'hitachi-company-1', language: 'ja' },
  { email: 'coordinator@new-mongol-kosen.kakehashi.example', name: 'Батбаяр Д. (демо)', role: 'college_coordinator', organization: 'new-mongol-kosen', language: 'mn' },
  { email: 'student@new-mongol-kosen.kakehashi.example', name: 'Цэцэг Б. (демо)', role: 'student', organization: 'new-mongol-kosen', language: 'mn' },
  { email: 'housing@leopalace21.kakehashi.example', name: 'レオパレス21 担当者（デモ）', role: 'housing_partner', organization: 'leopalace21', language: 'ja' },
  { email: 'education@mojc.kakehashi.example', name: 'MOJC coordinator (demo)', role: 'education_partner', organization: 'mojc', language: 'en' },
  { email: 'funder@jica.kakehashi.example', name: 'JICA 担当者（デモ）', role: 'funder', organization: 'jica', language: 'ja' },
];

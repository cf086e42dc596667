// The documents the Japanese side prepares for an intern's short-stay (短期滞在) visa, and
// whether a pack issued on a day is still good for the application. The embassy takes these
// documents only if issued within 3 months before the application (rules.visaDocumentValidity).
import { daysUntil, DUE_SOON_DAYS } from './step-status.ts';
import { visaDocumentValidUntil } from './deadlines.ts';
import type { Letterhead } from '../organizations/organization.ts';
import { RESIDENCE_RULES, type ResidenceRuleTable } from './rules.ts';

/** 招へい理由書, 身元保証書, 滞在予定表: written and signed by the inviting side in Japan. */
export const VISA_PACK_DOCUMENTS = ['invitationLetter', 'letterOfGuarantee', 'scheduleOfStay'] as const;
export type VisaPackDocument = (typeof VISA_PACK_DOCUMENTS)[number];

export const VISA_PACK_STATUSES = ['valid', 'expiresSoon', 'expired'] as const;
export type VisaPackStatus = (typeof VISA_PACK_STATUSES)[number];

/** Last day a visa application may use a pack issued on `issuedOn`. */
export const visaPackValidity = (issuedOn: string, table: ResidenceRuleTable = RESIDENCE_RULES) => visaDocumentValidUntil(issuedOn, table);

/**
 * Judged on the day that matters: the planned application day when it is later than today,
 * otherwise today. 'expired' when the pack will be stale by then (reissue before applying);
 * 'expiresSoon' when it lapses within DUE_SOON_DAYS of that day (a small delay would make it stale).
 */
export function visaPackStatus(issuedOn: string, plannedApplicationOn: string | null, today: string, table: ResidenceRuleTable = RESIDENCE_RULES): VisaPackStatus {
  const on = plannedApplicationOn !== null && plannedApplicationOn > today ? plannedApplicationOn : today;
  const left = daysUntil(visaPackValidity(issuedOn, table), on);
  if (left < 0) return 'expired';
  return left <= DUE_SOON_DAYS ? 'expiresSoon' : 'valid';
}

/** Who answers for the stay's costs and the return (身元保証人): the inviting operator or the host company. */
export const VISA_PACK_GUARANTORS = ['inviter', 'hostCompany'] as const;
export type VisaPackGuarantor = (typeof VISA_PACK_GUARANTORS)[number];

/**
 * What must be on record before a pack can be drawn, as "party.field" codes the UI translates:
 * the inviter signs the invitation with its address, telephone and representative; the host
 * company's address is in the invitation, and when it is the guarantor it signs too; the
 * applicant's date of birth (and age) is in both letters.
 */
export function visaPackGaps(facts: { inviter: Letterhead; hostCompany: Letterhead; guarantor: VisaPackGuarantor; birthDateOnFile: boolean }): string[] {
  const missing = (party: 'inviter' | 'hostCompany', org: Letterhead, fields: readonly (keyof Letterhead)[]) => fields.filter((f) => org[f] === null).map((f) => `${party}.${f}`);
  return [
    ...missing('inviter', facts.inviter, ['address', 'phone', 'representative']),
    ...missing('hostCompany', facts.hostCompany, facts.guarantor === 'hostCompany' ? ['address', 'phone', 'representative'] : ['address']),
    ...(facts.birthDateOnFile ? [] : ['invitee.birthDate']),
  ];
}

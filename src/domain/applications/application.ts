// A student's application to a program (issue 4): what it holds and the rules on its
// companies of interest. Pure; the service loads the program's host companies and the
// student's consent.
import { consentCovers, type ConsentRecord } from '../consent/consent.ts';

/** Japanese-Language Proficiency Test levels, or none. */
export const JLPT_LEVELS = ['N1', 'N2', 'N3', 'N4', 'N5', 'none'] as const;
export type JlptLevel = (typeof JLPT_LEVELS)[number];

/** The documents a student may attach to an application. */
export const APPLICATION_FILE_KINDS = ['cv', 'portfolio'] as const;
export type ApplicationFileKind = (typeof APPLICATION_FILE_KINDS)[number];

export type CompanyRefusal = { index: number; id: string; reason: 'notHostCompany' | 'notInConsent' };

/**
 * The companies of interest that may not be listed, each with its index: a company must be a
 * host company of the program and named in the student's active consent.
 */
export function companiesNotAllowed(
  companiesOfInterest: readonly string[],
  hostCompanyIds: readonly string[],
  consents: readonly ConsentRecord[],
): CompanyRefusal[] {
  return companiesOfInterest.flatMap((id, index): CompanyRefusal[] => {
    if (!hostCompanyIds.includes(id)) return [{ index, id, reason: 'notHostCompany' }];
    if (!consentCovers(consents, id)) return [{ index, id, reason: 'notInConsent' }];
    return [];
  });
}

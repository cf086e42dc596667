// Organizations and the roles they take in a program (DOMAIN.md, "Actors").
import type { LocalizedText } from '../shared/localized-text.ts';

export const ORGANIZATION_KINDS = [
  'support_center', // e.g. Hitachi Area Industry Support Center
  'municipality', // e.g. Nagaoka City
  'industry_association', // e.g. NAZE
  'company', // host companies (SMEs) and corporate partners
  'college', // the Mongolian KOSEN colleges, Nagaoka KOSEN
  'ngo', // e.g. the federation of Mongolian technical colleges
  'housing_company', // e.g. Leopalace21
  'training_center', // e.g. MOJC, AOTS
  'telecom_company', // e.g. KDDI, Mobicom
  'funding_agency', // e.g. JICA
  'government', // e.g. Ibaraki Prefecture
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const PARTICIPATION_ROLES = [
  'operator',
  'host_company',
  'sending_college',
  'housing_partner',
  'education_partner',
  'telecom_partner',
  'funder',
] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

/** ISO 3166-1 alpha-2 codes of the countries the programs involve; others are allowed too. */
export const COMMON_COUNTRIES = ['JP', 'MN'] as const;

/**
 * What an organization's letters carry beyond its name (the visa pack's invitation and
 * guarantee, contracts): the address, a telephone number as printed, and who signs for it
 * (title and name, e.g. 理事長 上原 健一 / Chairman Kenichi Uehara). Null where not recorded.
 */
export type Letterhead = {
  address: LocalizedText | null;
  phone: string | null;
  representative: { title: LocalizedText; name: LocalizedText } | null;
};

import { z } from 'zod';
import { ORGANIZATION_KINDS, PARTICIPATION_ROLES } from '../domain/organizations/organization.ts';
import { geoPoint } from './geo.ts';
import { booleanQuery, localizedText, localizedTextOut, optionalLocalizedText, pageOf, pageQuery, timestamps, version } from './common.ts';

export const organizationKind = z.enum(ORGANIZATION_KINDS);
export const participationRole = z.enum(PARTICIPATION_ROLES);

const countryCode = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, { message: 'country.invalid' });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

export const organizationInput = z.object({
  kind: organizationKind,
  name: localizedText,
  country: countryCode,
  city: optionalText(120),
  website: z
    .union([z.literal(''), z.url({ protocol: /^https?$/, message: 'url.invalid' })])
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  /** Where it is (a host company's workplace), for choosing flats near it. */
  location: geoPoint.nullable().optional(),
  /** What its letters carry (domain Letterhead): the visa pack prints them. */
  address: optionalLocalizedText.optional(),
  phone: z
    .string()
    .trim()
    .regex(/^(\+?[0-9][0-9 ()-]{5,24})?$/, { message: 'phone.invalid' })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  representative: z
    .object({ title: optionalLocalizedText.transform((v) => v ?? {}), name: localizedText })
    .nullable()
    .optional(),
});
export type OrganizationInput = z.infer<typeof organizationInput>;

export const organizationPatch = organizationInput.partial().extend({ version });
export type OrganizationPatch = z.infer<typeof organizationPatch>;

export const organization = z
  .object({
    id: z.uuid(),
    kind: organizationKind,
    name: localizedTextOut,
    country: z.string(),
    city: z.string().nullable(),
    website: z.string().nullable(),
    location: geoPoint.nullable(),
    address: localizedTextOut.nullable(),
    phone: z.string().nullable(),
    representative: z.object({ title: localizedTextOut, name: localizedTextOut }).nullable(),
    archivedAt: z.iso.datetime().nullable(),
    programCount: z.number().int(),
    ...timestamps,
  })
  .meta({ id: 'Organization' });
export type Organization = z.infer<typeof organization>;

export const organizationListQuery = z.object({
  ...pageQuery,
  kind: organizationKind.optional(),
  q: z.string().trim().max(100).optional(),
  archived: booleanQuery.default(false),
});
export type OrganizationListQuery = z.infer<typeof organizationListQuery>;

export const organizationPage = pageOf(organization);
export type OrganizationPage = z.infer<typeof organizationPage>;

export const versionBody = z.object({ version });

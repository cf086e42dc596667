// A person's identity documents. Lists and forms see them masked (the last 4 characters);
// the full value is revealed one field at a time, on purpose, and every reveal is audited.
import { z } from 'zod';
import { isoDate } from './common.ts';

export const IDENTITY_SECRETS = ['passportNumber', 'residenceCardNumber', 'birthDate'] as const;
export type IdentitySecret = (typeof IDENTITY_SECRETS)[number];

/** Passport and residence-card numbers: Latin capitals and digits (Mongolian passports: E1234567; Japanese residence cards: AB12345678CD). */
const documentNumber = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{5,20}$/, { message: 'documentNumber.invalid' });
const countryCode = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, { message: 'country.invalid' });

export const identityView = z
  .object({
    passportNumber: z.string().nullable().meta({ description: 'masked: the last 4 characters' }),
    passportExpiresOn: isoDate.nullable(),
    residenceCardNumber: z.string().nullable().meta({ description: 'masked: the last 4 characters' }),
    residenceCardExpiresOn: isoDate.nullable(),
    birthDateOnFile: z.boolean(),
    nationality: z.string().nullable(),
    /** 0 while nothing is on file. */
    version: z.number().int().min(0),
  })
  .meta({ id: 'IdentityDocuments' });
export type IdentityView = z.infer<typeof identityView>;

export const identityPatch = z
  .object({
    version: z.number().int().min(0),
    passportNumber: documentNumber.nullable().optional(),
    passportExpiresOn: isoDate.nullable().optional(),
    residenceCardNumber: documentNumber.nullable().optional(),
    residenceCardExpiresOn: isoDate.nullable().optional(),
    birthDate: isoDate.nullable().optional(),
    nationality: countryCode.nullable().optional(),
  })
  .strict();
export type IdentityPatch = z.infer<typeof identityPatch>;

export const revealInput = z.object({ field: z.enum(IDENTITY_SECRETS) }).strict();
export const revealed = z.object({ field: z.enum(IDENTITY_SECRETS), value: z.string().nullable() });

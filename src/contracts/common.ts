// Schemas shared by every module: they validate requests and responses, give the TypeScript
// types on both sides, and generate the OpenAPI document.
import { z } from 'zod';
import { APP_ERROR_CODES } from '../domain/errors/app-error.ts';
import { isIsoDate } from '../domain/programs/fiscal-year.ts';
import { LANGUAGES } from '../domain/shared/localized-text.ts';

const textValue = z.string().trim().max(300);

/** At least one language must be given; empty strings count as not given. */
export const localizedText = z
  .object({ ja: textValue.optional(), mn: textValue.optional(), en: textValue.optional() })
  .transform((value) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')))
  .refine((value) => Object.keys(value).length > 0, { message: 'localizedText.empty' })
  .meta({ id: 'LocalizedText', description: 'A text in one or more of ja, mn, en' });

export const optionalLocalizedText = z
  .object({ ja: textValue.optional(), mn: textValue.optional(), en: textValue.optional() })
  .transform((value) => {
    const kept = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== ''));
    return Object.keys(kept).length > 0 ? kept : null;
  })
  .nullable();

export const localizedTextOut = z.object({ ja: z.string().optional(), mn: z.string().optional(), en: z.string().optional() });

export const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'date.invalid' })
  .meta({ format: 'date', example: '2025-06-15' });

export const uuidParam = z.object({ id: z.uuid() });

export const version = z.number().int().min(1);

export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const errorBody = z
  .object({
    error: z.object({
      code: z.enum(APP_ERROR_CODES),
      message: z.string(),
      fields: z
        .array(
          z.object({
            field: z.string(),
            code: z.string(),
            message: z.string(),
            /** A problem inside an uploaded file: its row and column, and the problem alone (`message` names the place too). */
            at: z.object({ row: z.number().int(), column: z.string(), problem: z.string() }).optional(),
          }),
        )
        .optional(),
      currentVersion: z.number().int().optional(),
    }),
  })
  .meta({ id: 'ErrorBody' });

export const languageSchema = z.enum(LANGUAGES);

export const timestamps = {
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
};

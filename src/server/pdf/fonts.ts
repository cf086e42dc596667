// The fonts embedded in every PDF we generate, from npm packages so a fresh install has them:
// Noto Sans JP for Japanese (kana, kanji, full-width forms) and Noto Sans for Latin and
// Cyrillic — Noto Sans JP has no Mongolian letters such as Ө and Ү. pdfkit embeds only the
// glyphs a document uses, so a certificate stays small although the fonts are not.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

const jp = packageDir('@expo-google-fonts/noto-sans-jp');
const latin = packageDir('@expo-google-fonts/noto-sans');

export type FontRole = 'jp' | 'latin';
export type FontWeight = 'regular' | 'bold';

export const FONT_FILES: Record<FontRole, Record<FontWeight, string>> = {
  jp: {
    regular: path.join(jp, '400Regular', 'NotoSansJP_400Regular.ttf'),
    bold: path.join(jp, '700Bold', 'NotoSansJP_700Bold.ttf'),
  },
  latin: {
    regular: path.join(latin, '400Regular', 'NotoSans_400Regular.ttf'),
    bold: path.join(latin, '700Bold', 'NotoSans_700Bold.ttf'),
  },
};

/** The name a font is registered under in a pdfkit document. */
export const fontName = (role: FontRole, weight: FontWeight) => `${role}-${weight}`;

// Splits a text into runs that one font can draw: Japanese script (kana, CJK ideographs and
// symbols, full-width forms) goes to the Japanese font, everything else (Latin, Cyrillic incl.
// Mongolian Ө Ү, digits, punctuation) to the Latin font. Spaces and ASCII punctuation join the
// run they sit in, so "日立 2026年" is not split at every space.
import type { FontRole } from './fonts.ts';

export type ScriptRun = { role: FontRole; text: string };

const JAPANESE = /[\u3000-\u30FF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;
const NEUTRAL = /[ 0-9.,:;()\-/–—~]/u;

export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  for (const char of text) {
    const last = runs.at(-1);
    if (last && NEUTRAL.test(char)) {
      last.text += char;
      continue;
    }
    const role: FontRole = JAPANESE.test(char) ? 'jp' : 'latin';
    if (last?.role === role) last.text += char;
    else runs.push({ role, text: char });
  }
  return runs;
}

import { describe, expect, it } from 'vitest';
import { scriptRuns } from './script-runs.ts';

describe('scriptRuns', () => {
  it('keeps Japanese text with its digits and spaces in one run', () => {
    expect(scriptRuns('令和8年 11月25日')).toEqual([{ role: 'jp', text: '令和8年 11月25日' }]);
  });

  it('gives Mongolian Cyrillic, which the Japanese font lacks, to the Latin font', () => {
    expect(scriptRuns('Өлзийбаяр Батсүх')).toEqual([{ role: 'latin', text: 'Өлзийбаяр Батсүх' }]);
  });

  it('switches font where the script changes', () => {
    expect(scriptRuns('BATBAYAR Tuvshin（バトバヤル）')).toEqual([
      { role: 'latin', text: 'BATBAYAR Tuvshin' },
      { role: 'jp', text: '（バトバヤル）' },
    ]);
  });

  it('joins the runs back into the same text', () => {
    const text = 'MOJC 第3回: Ө 日立 — 90 min';
    expect(scriptRuns(text).map((r) => r.text).join('')).toBe(text);
    expect(scriptRuns('')).toEqual([]);
  });
});

describe('scriptRuns with the ideographic space', () => {
  it('draws U+3000 with the Japanese font, which has it', () => {
    expect(scriptRuns('Oyunbileg\u3000/\u3000Батсүх')).toEqual([
      { role: 'latin', text: 'Oyunbileg' },
      { role: 'jp', text: '\u3000/\u3000' },
      { role: 'latin', text: 'Батсүх' },
    ]);
  });
});

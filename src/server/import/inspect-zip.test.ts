// Zip bombs: refused by the zip checks before exceljs sees the file, in bounded memory.
import { describe, expect, it } from 'vitest';
import { buildZip, deflatedZeros } from '../../../test/fixtures/import/build-zip.ts';
import { excelLikeXlsx } from '../../../test/fixtures/import/excel-like-xlsx.ts';
import { ImportError } from './import-error.ts';
import { importLimits } from './import-limits.ts';
import { inspectZip } from './inspect-zip.ts';
import { readTable } from './read-table.ts';

const limits = importLimits();
const GiB = 1024; // in MiB
const workbookPart = { name: 'xl/workbook.xml', data: '<workbook/>' };

async function refusalWithMemory(bytes: Buffer): Promise<{ error: ImportError; rssGrowthMiB: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    const error = await readTable(bytes, limits).then(() => undefined, (e: unknown) => e);
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(error).toBeInstanceOf(ImportError);
    return { error: error as ImportError, rssGrowthMiB: (peak - before) / 2 ** 20 };
  } finally {
    clearInterval(sampler);
  }
}

describe('zip bombs', () => {
  const oneGiB = deflatedZeros(GiB);

  it('is made small: 1 GiB of zeros in about a megabyte', () => {
    expect(oneGiB.size).toBe(2 ** 30);
    expect(oneGiB.data.length).toBeLessThan(2 * 2 ** 20);
  });

  it('refuses an entry that declares 1 GiB uncompressed, from the central directory alone', async () => {
    const bomb = buildZip([workbookPart, { name: 'xl/worksheets/sheet1.xml', deflated: oneGiB }]);
    const { error, rssGrowthMiB } = await refusalWithMemory(bomb);
    expect(error).toMatchObject({ code: 'import.zipBomb', params: { uncompressedBytes: 2 ** 30 + 11 } });
    expect(rssGrowthMiB).toBeLessThan(100);
  });

  it('refuses an entry whose directory lies (declares 1 KiB, inflates to 1 GiB) while inflating it', async () => {
    const liar = buildZip([workbookPart, { name: 'xl/worksheets/sheet1.xml', deflated: oneGiB, declaredSize: 1024 }]);
    const { error, rssGrowthMiB } = await refusalWithMemory(liar);
    expect(error).toMatchObject({ code: 'import.zipBomb', params: { entry: 'sizeMismatch' } });
    expect(rssGrowthMiB).toBeLessThan(100);
  });

  it('refuses many honest entries that add up past the limit', async () => {
    const tenMiB = deflatedZeros(10);
    const entries = [workbookPart, ...Array.from({ length: 10 }, (_, i) => ({ name: `xl/media/image${i}.bin`, deflated: tenMiB }))];
    expect((await refusalWithMemory(buildZip(entries))).error.code).toBe('import.zipBomb');
  });

  it('refuses a directory claiming more entries than allowed before reading any', async () => {
    const claimed = buildZip([workbookPart], { claimEntryCount: 60_000 });
    expect((await refusalWithMemory(claimed)).error).toMatchObject({ code: 'import.zipBomb', params: { entries: 60_000 } });
  });

  it('lets a real workbook through and reports its size', async () => {
    const summary = await inspectZip(excelLikeXlsx(), limits);
    expect(summary.entries).toBe(8);
    expect(summary.uncompressedBytes).toBeGreaterThan(1000);
  });
});

import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { UnreadableFileError, xlsxGrid } from './plan-sheet.js';
import { xlsxGridInWorker } from './sheet-reader.js';
import { zipProblem } from './zip-limits.js';
import { zip } from '../../test/support/zip.js';

describe('the limits on a spreadsheet upload', () => {
  it('refuses a file whose parts expand far past their size, before inflating anything', () => {
    // 120 MB of one repeated string compresses to about 120 KB: a bomb of the kind that took the
    // server to 3.7 GB.
    const bomb = zip([{ name: 'xl/sharedStrings.xml', data: Buffer.alloc(120 * 1024 * 1024, 'a') }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(zipProblem(bomb)).toMatch(/expands to far more than its size \(one part \d+ times\)/);
  });

  it('refuses a file whose parts together expand past the limit, and names it', () => {
    // Sizes are read from the directory: three parts declared at 40 MB each are 120 MB.
    const parts = Array.from({ length: 3 }, (_, i) => ({
      name: `xl/media/image${i}.bin`,
      data: randomBytes(1024 * 1024),
      declaredSize: 40 * 1024 * 1024,
    }));
    expect(zipProblem(zip(parts))).toBe(
      'The XLSX file expands to 120 MB, more than the 100 MB a plan import reads. Remove other sheets and pictures, or save the plan as CSV',
    );
  });

  it('passes an ordinary workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Plan');
    for (let i = 0; i < 500; i++) sheet.addRow([1, `1.${i}`, `Action ${i}`]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(zipProblem(file)).toBeNull();
    const grid = await xlsxGridInWorker(file);
    expect(grid).toHaveLength(500);
    // The same cells as a parse in this thread gives.
    expect(grid).toEqual(await xlsxGrid(file));
    expect(grid[499]).toMatchObject({ row: 500, cells: [expect.anything(), '1.499', 'Action 499'] });
  });

  it('stops a parse that needs more memory than its limit, with a message naming the limit', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Plan');
    for (let i = 0; i < 20_000; i++) sheet.addRow([1, `1.${i}`, `Action ${i} ${'x'.repeat(200)}`]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const parse = xlsxGridInWorker(file, {
      maxOldGenerationSizeMb: 8,
      maxYoungGenerationSizeMb: 2,
      timeoutMs: 60_000,
    });
    await expect(parse).rejects.toThrow(UnreadableFileError);
    await expect(parse).rejects.toThrow('needs more than the 8 MB a plan import may use');
  });

  it('stops a parse that takes longer than its limit', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Plan').addRow(['a']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    await expect(
      xlsxGridInWorker(file, { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 48, timeoutMs: 1 }),
    ).rejects.toThrow('took more than 0.001 seconds to read');
  });
});

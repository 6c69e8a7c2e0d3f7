/**
 * The limits on what a spreadsheet (a ZIP archive) may expand to, checked from its central
 * directory before anything is inflated. A 3 MB file whose shared strings expand to 3 GB took
 * the server to 3.7 GB of memory for half a minute. Sizes a file declares can lie, so the
 * parse also runs in a worker with a memory limit (sheet-worker.ts).
 */
export const ZIP_LIMITS = {
  /** All entries together, uncompressed. A 5,000-row plan is a few MB. */
  maxExpandedBytes: 100 * 1024 * 1024,
  /** How much one entry may expand (a spreadsheet's XML compresses about 10:1; bombs 1000:1). */
  maxRatio: 200,
  /** Ratios are judged only for entries larger than this, as tiny ones compress oddly. */
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 10_000,
} as const;

const EOCD = 0x06054b50;
const CENTRAL_FILE = 0x02014b50;

/** What is wrong with the archive's declared sizes, as a message for the person uploading, or null. */
export function zipProblem(zip: Buffer, limits = ZIP_LIMITS): string | null {
  const unreadable = 'The XLSX file could not be opened. Save it again as an Excel workbook';
  // The end-of-central-directory record is in the last 22 bytes, before a comment of up to 64 KB.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return unreadable;
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  if (entries === 0xffff || at === 0xffffffff) return `${unreadable} (ZIP64 archives are not read)`;
  if (entries > limits.maxEntries) return `The XLSX file has more than ${limits.maxEntries} parts`;
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_FILE) return unreadable;
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    if (compressed === 0xffffffff || size === 0xffffffff)
      return `${unreadable} (ZIP64 archives are not read)`;
    total += size;
    if (size > limits.ratioFloorBytes && size > compressed * limits.maxRatio) {
      return `The XLSX file expands to far more than its size (one part ${Math.round(size / Math.max(compressed, 1))} times), so it is not read. Save it again as an Excel workbook`;
    }
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  if (total > limits.maxExpandedBytes) {
    const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
    return `The XLSX file expands to ${mb(total)}, more than the ${mb(limits.maxExpandedBytes)} a plan import reads. Remove other sheets and pictures, or save the plan as CSV`;
  }
  return null;
}

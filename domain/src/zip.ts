/**
 * Reading a ZIP archive's table of contents (its central directory) without inflating anything:
 * the sizes it declares, checked against limits before a spreadsheet is parsed (the plan import)
 * or a DOCX or XLSX file is accepted as evidence. Sizes an archive declares can lie, so a parse
 * that inflates still runs under its own limits.
 */

/** What an archive may declare. A 3 MB file whose parts expand to 3 GB took a server to 3.7 GB. */
export const ZIP_LIMITS = {
  /** All entries together, uncompressed. A 5,000-row plan is a few MB. */
  maxExpandedBytes: 100 * 1024 * 1024,
  /** How much one entry may expand (a spreadsheet's XML compresses about 10:1; bombs 1000:1). */
  maxRatio: 200,
  /** Ratios are judged only for entries larger than this, as tiny ones compress oddly. */
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 10_000,
} as const;

export type ZipLimits = { [K in keyof typeof ZIP_LIMITS]: number };

export interface ZipEntry {
  name: string;
  compressedSize: number;
  size: number;
  /** The entry is encrypted (general purpose flag bit 0). */
  encrypted: boolean;
}

export type ZipDirectory = { entries: ZipEntry[] } | { problem: 'unreadable' | 'zip64' | 'tooManyEntries' };

const EOCD = 0x06054b50;
const CENTRAL_FILE = 0x02014b50;

/**
 * The entries an archive's central directory lists. `bytes` may be only the archive's last part,
 * starting `offset` bytes into it: the directory must then lie within it (else 'unreadable').
 */
export function zipDirectory(bytes: Uint8Array, offset = 0, limits: ZipLimits = ZIP_LIMITS): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  // The end-of-central-directory record is in the last 22 bytes, before a comment of up to 64 KB.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { problem: 'unreadable' };
  const count = u16(eocd + 10);
  const start = u32(eocd + 16);
  if (count === 0xffff || start === 0xffffffff) return { problem: 'zip64' };
  if (count > limits.maxEntries) return { problem: 'tooManyEntries' };
  let at = start - offset;
  if (at < 0) return { problem: 'unreadable' };
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL_FILE) return { problem: 'unreadable' };
    const compressedSize = u32(at + 20);
    const size = u32(at + 24);
    if (compressedSize === 0xffffffff || size === 0xffffffff) return { problem: 'zip64' };
    const nameLength = u16(at + 28);
    if (at + 46 + nameLength > bytes.length) return { problem: 'unreadable' };
    let name = '';
    for (let i = 0; i < nameLength; i++) name += String.fromCharCode(bytes[at + 46 + i]!);
    entries.push({ name, compressedSize, size, encrypted: (u16(at + 8) & 1) === 1 });
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return { entries };
}

/** How the entries break the expansion limits: one entry's ratio, or the total; null if neither. */
export function zipExpansion(
  entries: readonly ZipEntry[],
  limits: ZipLimits = ZIP_LIMITS,
): { ratio: number } | { total: number } | null {
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (e.size > limits.ratioFloorBytes && e.size > e.compressedSize * limits.maxRatio) {
      return { ratio: Math.round(e.size / Math.max(e.compressedSize, 1)) };
    }
  }
  return total > limits.maxExpandedBytes ? { total } : null;
}

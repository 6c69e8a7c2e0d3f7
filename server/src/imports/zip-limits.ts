import { ZIP_LIMITS, zipDirectory, zipExpansion, type ZipLimits } from '@partnership-tracker/domain';

/**
 * The limits on what a spreadsheet (a ZIP archive) may expand to, checked from its central
 * directory before anything is inflated (the reader and the limits are the domain library's,
 * shared with evidence files). Sizes a file declares can lie, so the parse also runs in a worker
 * with a memory limit (sheet-worker.ts).
 */
export { ZIP_LIMITS };

/** What is wrong with the archive's declared sizes, as a message for the person uploading, or null. */
export function zipProblem(zip: Buffer, limits: ZipLimits = ZIP_LIMITS): string | null {
  const unreadable = 'The XLSX file could not be opened. Save it again as an Excel workbook';
  const directory = zipDirectory(zip, 0, limits);
  if ('problem' in directory) {
    if (directory.problem === 'zip64') return `${unreadable} (ZIP64 archives are not read)`;
    if (directory.problem === 'tooManyEntries')
      return `The XLSX file has more than ${limits.maxEntries} parts`;
    return unreadable;
  }
  const expansion = zipExpansion(directory.entries, limits);
  if (!expansion) return null;
  if ('ratio' in expansion) {
    return `The XLSX file expands to far more than its size (one part ${expansion.ratio} times), so it is not read. Save it again as an Excel workbook`;
  }
  const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
  return `The XLSX file expands to ${mb(expansion.total)}, more than the ${mb(limits.maxExpandedBytes)} a plan import reads. Remove other sheets and pictures, or save the plan as CSV`;
}

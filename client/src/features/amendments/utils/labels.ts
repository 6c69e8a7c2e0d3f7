/** Who made a version, in words: "The baseline" or "Amendment A2: Later dates". */
export function versionLabel(v: { amendmentNumber: number | null; amendmentTitle?: string | null }): string {
  return v.amendmentNumber === null
    ? 'The baseline, agreed when the plan became active'
    : `Amendment A${v.amendmentNumber}${v.amendmentTitle ? `: ${v.amendmentTitle}` : ''}`;
}

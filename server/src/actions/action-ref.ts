/** Orders action references as people read them: 1.2 before 1.10. */
export function compareRefs(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

export const ACTION_REF_PATTERN = /^\d{1,3}(\.\d{1,3}){0,3}$/;

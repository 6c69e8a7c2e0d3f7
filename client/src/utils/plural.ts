/** "1 action", "3 actions", "1,200 rows": a count, with thousands separated, and its noun. */
export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/**
 * A text's first sentence, to lead with, and the rest. A first sentence longer than `max`
 * characters is cut at a word, and the rest starts where it was cut.
 */
export function leadSentence(text: string, max = 240): { lead: string; rest: string } {
  const trimmed = text.trim();
  const end = /[.!?](\s|$)/.exec(trimmed);
  let cut = end ? end.index + 1 : trimmed.length;
  if (cut > max) {
    const space = trimmed.lastIndexOf(' ', max);
    cut = space > 0 ? space : max;
    return { lead: `${trimmed.slice(0, cut)}…`, rest: `…${trimmed.slice(cut).trim()}` };
  }
  return { lead: trimmed.slice(0, cut), rest: trimmed.slice(cut).trim() };
}

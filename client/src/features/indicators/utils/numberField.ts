import { z } from 'zod';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

// Thousands separators go; a typographic minus (as the service writes values) is a minus.
const plain = (text: string) => text.replace(/,/g, '').replace(/^\u2212/, '-');

/** A number typed into a text box: "1,234", "98.1" or "-2". Gives null when left empty and not required. */
export function numberField(name: string, options: { required?: boolean; min?: number; max?: number } = {}) {
  const { required = false, min, max } = options;
  return z
    .string()
    .trim()
    .superRefine((text, ctx) => {
      if (!text) {
        if (required) ctx.addIssue({ code: 'custom', message: `Enter the ${lowerFirst(name)}` });
        return;
      }
      const value = Number(plain(text));
      if (!/^-?(\d+\.?\d*|\.\d+)$/.test(plain(text)) || !Number.isFinite(value)) {
        ctx.addIssue({ code: 'custom', message: `${name} must be a number, like 12.5` });
      } else if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
        ctx.addIssue({ code: 'custom', message: `${name} must be between ${min ?? '…'} and ${max ?? '…'}` });
      }
    })
    .transform((text) => (text ? Number(plain(text)) : null));
}

/** What a group of checkboxes gives react-hook-form: an array, or one value when there is one box. */
export function asIdList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' && value ? [value] : [];
}

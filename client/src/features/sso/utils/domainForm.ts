import { z } from 'zod';
import { emailDomainProblem } from '@partnership-tracker/domain';
import type { FormField } from '@/utils/formErrors';

export interface DomainFormValues {
  domain: string;
  providerId: string;
  tenantId: string;
  defaultRole: 'PARTNER_EDITOR' | 'PARTNER_LEAD' | 'PANEL_VIEWER';
}

export const EMPTY_DOMAIN_FORM: DomainFormValues = {
  domain: '',
  providerId: '',
  tenantId: '',
  defaultRole: 'PARTNER_EDITOR',
};

// The server's rule (domain library emailDomainProblem), run here first.
export const domainSchema = z.object({
  domain: z
    .string()
    .transform((v) => v.trim().toLowerCase())
    .superRefine((v, ctx) => {
      const problem = emailDomainProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  providerId: z.string().transform((v) => v || null),
  tenantId: z
    .string()
    .trim()
    .max(100, 'A tenant id has at most 100 characters')
    .transform((v) => v || null),
  defaultRole: z.enum(['PARTNER_EDITOR', 'PARTNER_LEAD', 'PANEL_VIEWER']),
});

export type DomainFormOutput = z.output<typeof domainSchema>;

export const DOMAIN_FIELDS: FormField[] = [
  { name: 'domain' },
  { name: 'providerId' },
  { name: 'tenantId' },
  { name: 'defaultRole' },
];

import { z } from 'zod';

/** The email address someone signs in with. */
export const signInEmailField = z
  .string()
  .trim()
  .min(1, 'Enter your email address')
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), {
    message: 'Enter an email address in the correct format, like name@example.org',
  });

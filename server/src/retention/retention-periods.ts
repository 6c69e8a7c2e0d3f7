import type { AppConfig } from '../common/config.js';
import { RATE_LIMIT_KEEP_DAYS } from '../common/security/rate-limit.js';

/** One kind of record the retention job deletes, and after how long. */
export interface RetentionPeriod {
  key:
    | 'sentEmails'
    | 'sessions'
    | 'rateLimits'
    | 'knownAddresses'
    | 'importFiles'
    | 'reportFiles'
    | 'refusedAudit'
    | 'unattachedEvidence';
  /** What is deleted, for the privacy notice and the job's record of what it deleted. */
  what: string;
  /** When the clock starts. */
  from: string;
  days: number;
}

/**
 * The retention periods in force: the one list the retention job deletes by and the privacy
 * notice states. Audit rows of changes are not here: they are kept for the life of the plan.
 */
export function retentionPeriods(config: AppConfig): RetentionPeriod[] {
  return [
    {
      key: 'sentEmails',
      what: 'Emails the service sent (addresses and text)',
      from: 'after they were sent, or given up on',
      days: config.RETENTION_SENT_EMAIL_DAYS,
    },
    {
      key: 'sessions',
      what: 'Records of signed-in sessions',
      from: 'after the session ended',
      days: config.RETENTION_SESSION_DAYS,
    },
    // The rate limiter's own periods (it prunes by them too): part of how it protects accounts.
    {
      key: 'rateLimits',
      what: 'Counts of sign-in and other attempts, kept to slow down attacks',
      from: 'after the attempt',
      days: RATE_LIMIT_KEEP_DAYS.attempts,
    },
    {
      key: 'knownAddresses',
      what: 'The network addresses an account signed in from, so that guesses from elsewhere cannot lock its owner out',
      from: 'after the sign-in',
      days: RATE_LIMIT_KEEP_DAYS.knownAddresses,
    },
    {
      key: 'importFiles',
      what: 'Spreadsheets uploaded to import a plan (the record that an import happened stays)',
      from: 'after the upload',
      days: config.RETENTION_IMPORT_FILE_DAYS,
    },
    {
      key: 'reportFiles',
      what: 'Generated Panel report files (a closed quarter’s report can be made again, with the same figures)',
      from: 'after they were made',
      days: config.RETENTION_REPORT_FILE_DAYS,
    },
    {
      key: 'refusedAudit',
      what: 'Audit records of refused or failed attempts, with the email address typed at sign-in',
      from: 'after the attempt',
      days: config.RETENTION_REFUSED_AUDIT_DAYS,
    },
    {
      key: 'unattachedEvidence',
      what: 'Evidence files uploaded but never attached to a progress update or a milestone',
      from: 'after the upload',
      days: config.RETENTION_UNATTACHED_EVIDENCE_DAYS,
    },
  ];
}

/** "90 days", "1 day", "2 years" for 730 days. */
export function periodWords(days: number): string {
  if (days % 365 === 0) return days === 365 ? '1 year' : `${days / 365} years`;
  return days === 1 ? '1 day' : `${days} days`;
}

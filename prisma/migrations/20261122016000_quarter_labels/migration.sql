-- Quarter labels are now "2026/27 Q3" (financial year first, so they sort). Reminders already sent
-- under the old "Q3 2026/27" form keep their once-per-quarter guarantee.
UPDATE "ReminderSent"
SET "quarter" = regexp_replace("quarter", '^Q([1-4]) ([0-9]{4}/[0-9]{2})$', '\2 Q\1')
WHERE "quarter" ~ '^Q[1-4] [0-9]{4}/[0-9]{2}$';

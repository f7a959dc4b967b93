-- A document is never destroyed (IV.2: records are kept under the site's management rules, and an auditor must be able
-- to see what was in force): it can be withdrawn. A withdrawn document leaves the search index, the default lists and
-- the review reminders, stays readable and downloadable, and the withdrawal is in the audit trail.
ALTER TABLE document ADD COLUMN withdrawn_at     timestamptz;
ALTER TABLE document ADD COLUMN withdrawn_by     text;
ALTER TABLE document ADD COLUMN withdrawal_reason text
    CHECK (withdrawal_reason IS NULL OR length(btrim(withdrawal_reason)) BETWEEN 1 AND 2000);
ALTER TABLE document ADD CONSTRAINT document_withdrawal_complete
    CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL) AND (withdrawn_at IS NULL) = (withdrawal_reason IS NULL));

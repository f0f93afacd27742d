-- Outlet sales are confirmed or returned by an officer of the outlet's area (issue 18, decisions 103 and 104).
-- A report is SUBMITTED by the participant, then CONFIRMED or RETURNED with a reason; a returned report is corrected
-- and SUBMITTED again. The fee and the revenue share due exist only for confirmed figures.
ALTER TABLE outlet_application
    ADD COLUMN sales_status        varchar(9) CHECK (sales_status IN ('SUBMITTED', 'RETURNED', 'CONFIRMED')),
    ADD COLUMN sales_reviewed_by   bigint REFERENCES account (id),
    ADD COLUMN sales_reviewed_at   timestamptz,
    ADD COLUMN sales_return_reason varchar(500);

-- Reports made before this change were never checked by anyone: they wait for an officer like a new one, and what is
-- due is computed again from the figures he confirms.
UPDATE outlet_application SET sales_status = 'SUBMITTED', fee_due = NULL, share_due = NULL WHERE status = 'REPORTED';

ALTER TABLE outlet_application DROP CONSTRAINT outlet_application_reported_ck;
ALTER TABLE outlet_application
    ADD CONSTRAINT outlet_application_reported_ck CHECK ((status = 'REPORTED') = (reported_at IS NOT NULL)
        AND (reported_at IS NULL) = (sales IS NULL)
        AND (sales IS NULL) = (units_sold IS NULL)
        AND (reported_at IS NULL) = (sales_status IS NULL)),
    -- confirmed figures carry who confirmed them, when, and what is due; a returned report who returned it and why
    ADD CONSTRAINT outlet_application_sales_review_ck CHECK (
        (sales_status IS NOT DISTINCT FROM 'CONFIRMED') = (fee_due IS NOT NULL)
        AND (fee_due IS NULL) = (share_due IS NULL)
        AND coalesce(sales_status IN ('CONFIRMED', 'RETURNED'), false) = (sales_reviewed_by IS NOT NULL)
        AND (sales_reviewed_by IS NULL) = (sales_reviewed_at IS NULL)
        AND (sales_status IS NOT DISTINCT FROM 'RETURNED') = (sales_return_reason IS NOT NULL)
        AND (sales_return_reason IS NULL OR char_length(btrim(sales_return_reason)) BETWEEN 10 AND 500));

-- the officers' queue: reports waiting for confirmation, oldest first
CREATE INDEX outlet_application_sales_submitted_idx ON outlet_application (reported_at, id)
    WHERE sales_status = 'SUBMITTED';

-- Other modules (the dashboards) see sales only once confirmed: self-reported figures are NULL in the view.
CREATE OR REPLACE VIEW outlet_booking_period AS
SELECT place_id, period, status,
       CASE WHEN sales_status = 'CONFIRMED' THEN sales END AS sales,
       CASE WHEN sales_status = 'CONFIRMED' THEN units_sold END AS units_sold
FROM outlet_application;

COMMENT ON VIEW outlet_booking_period IS
    'Published by outlet: each booking''s place, period, status and confirmed sales (NULL until an officer confirms).';

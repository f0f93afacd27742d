-- Calls for periods, applications, and the bookings they become.
CREATE TABLE outlet_call (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    outlet_id      bigint       NOT NULL REFERENCES outlet (id) ON DELETE CASCADE,
    starts_on      date         NOT NULL,
    ends_on        date         NOT NULL,
    -- applications close at the end of this day (Jakarta time)
    apply_until    date         NOT NULL,
    -- an offered place must be confirmed within this many days, or it goes to the next on the waiting list
    confirm_days   integer      NOT NULL CHECK (confirm_days BETWEEN 1 AND 14),
    created_by     bigint       NOT NULL REFERENCES account (id),
    created_at     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT outlet_call_period_ck CHECK (ends_on >= starts_on AND ends_on - starts_on < 366),
    CONSTRAINT outlet_call_apply_ck CHECK (apply_until <= starts_on)
);
CREATE INDEX outlet_call_outlet_idx ON outlet_call (outlet_id, starts_on DESC, id DESC);
CREATE INDEX outlet_call_open_idx ON outlet_call (apply_until, id);

-- One row per participant and call. APPLIED rows are the waiting list; an allocation turns the row into a booking
-- of one place for the call's period (OFFERED until confirmed by confirm_by, then CONFIRMED, then REPORTED with the
-- sales). DECLINED, EXPIRED and CANCELLED bookings keep their place and period for the record but no longer hold it.
CREATE TABLE outlet_application (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    call_id         bigint       NOT NULL REFERENCES outlet_call (id) ON DELETE CASCADE,
    participant_id  bigint       NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    product_id      bigint       NOT NULL REFERENCES outlet_product (id),
    status          varchar(9)   NOT NULL
        CHECK (status IN ('APPLIED', 'WITHDRAWN', 'OFFERED', 'CONFIRMED', 'DECLINED', 'EXPIRED', 'CANCELLED',
                          'REPORTED')),
    applied_at      timestamptz  NOT NULL DEFAULT clock_timestamp(),
    place_id        bigint       REFERENCES outlet_place (id),
    period          daterange,
    allocated_by    bigint       REFERENCES account (id),
    offered_at      timestamptz,
    confirm_by      timestamptz,
    confirmed_at    timestamptz,
    released_at     timestamptz,
    units_sold      integer      CHECK (units_sold BETWEEN 0 AND 10000000),
    sales           bigint       CHECK (sales BETWEEN 0 AND 1000000000000),
    fee_due         bigint       CHECK (fee_due >= 0),
    share_due       bigint       CHECK (share_due >= 0),
    reported_at     timestamptz,
    version         bigint       NOT NULL DEFAULT 0,
    CONSTRAINT outlet_application_uq UNIQUE (call_id, participant_id),
    CONSTRAINT outlet_application_booking_ck CHECK (
        (status IN ('APPLIED', 'WITHDRAWN')) = (place_id IS NULL)
        AND (place_id IS NULL) = (period IS NULL)
        AND (place_id IS NULL) = (offered_at IS NULL)
        AND (place_id IS NULL) = (confirm_by IS NULL)),
    CONSTRAINT outlet_application_confirmed_ck CHECK (status NOT IN ('CONFIRMED', 'REPORTED') OR confirmed_at IS NOT NULL),
    CONSTRAINT outlet_application_reported_ck CHECK ((status = 'REPORTED') = (reported_at IS NOT NULL)
        AND (reported_at IS NULL) = (sales IS NULL)
        AND (sales IS NULL) = (units_sold IS NULL)
        AND (sales IS NULL) = (share_due IS NULL)
        AND (sales IS NULL) = (fee_due IS NULL)),
    -- a place can never hold two bookings for overlapping dates, whatever the application code does
    CONSTRAINT outlet_application_no_overlap EXCLUDE USING gist (place_id WITH =, period WITH &&)
        WHERE (status IN ('OFFERED', 'CONFIRMED', 'REPORTED'))
);
CREATE INDEX outlet_application_call_idx ON outlet_application (call_id, status, applied_at, id);
CREATE INDEX outlet_application_participant_idx ON outlet_application (participant_id, status);
CREATE INDEX outlet_application_offer_due_idx ON outlet_application (confirm_by) WHERE status = 'OFFERED';

-- P5 Pemasaran is completed by the first sale reported through an outlet booking, exactly once.
CREATE TABLE outlet_p5_completion (
    participant_id  bigint       PRIMARY KEY REFERENCES participant (id) ON DELETE CASCADE,
    application_id  bigint       NOT NULL REFERENCES outlet_application (id) ON DELETE CASCADE,
    completed_at    timestamptz  NOT NULL DEFAULT now()
);

-- P5 Pemasaran completed through e-Order (issue 21, decision 123): the first settled order of a participant (receipt
-- confirmed by the buyer and payment recorded) completes P5, exactly once per participant: the primary key and
-- "on conflict do nothing" make a second settled order, or a second delivery of the same event, record nothing.
CREATE TABLE eorder_p5_completion (
    participant_id  bigint       PRIMARY KEY REFERENCES participant (id) ON DELETE CASCADE,
    order_id        bigint       NOT NULL REFERENCES purchase_order (id) ON DELETE CASCADE,
    completed_at    timestamptz  NOT NULL DEFAULT now()
);

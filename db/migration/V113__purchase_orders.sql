-- Issue 21, e-Order (decisions 120-122): a buyer's organisation asks one business for a quote, the entrepreneur
-- answers (unit prices, "can deliver by") or declines, the buyer orders, the entrepreneur confirms and delivers, the
-- buyer confirms receipt and records the payment; either side cancels with a reason while it is not delivered.
-- The aggregate (eorder.domain.PurchaseOrder) refuses illegal moves; the table checks what it can itself.

CREATE TABLE purchase_order (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    buyer_organisation_id  bigint       NOT NULL REFERENCES buyer_organisation (id),
    asked_by               bigint       NOT NULL REFERENCES buyer (id),
    participant_id         bigint       NOT NULL REFERENCES participant (id),
    -- the business's name as the catalogue published it when asked (catalogue_listing.public_name)
    seller_name            varchar(160) NOT NULL,
    status                 varchar(9)   NOT NULL CHECK (status IN ('REQUESTED', 'QUOTED', 'DECLINED', 'ORDERED',
                                                  'CONFIRMED', 'DELIVERED', 'RECEIVED', 'CANCELLED')),
    delivery_date          date         NOT NULL,
    delivery_place         varchar(300) NOT NULL,
    buyer_note             varchar(500),
    -- the asker's contact for the delivery, copied when asking (personal data of the buyer)
    contact_name           varchar(120) NOT NULL,
    contact_phone          varchar(20),
    can_deliver_by         date,
    seller_note            varchar(500),
    total                  bigint       CHECK (total BETWEEN 0 AND 10000000000000000),
    -- why it was declined or cancelled, and by which side
    reason                 varchar(500),
    cancelled_by           varchar(6)   CHECK (cancelled_by IN ('BUYER', 'SELLER')),
    requested_at           timestamptz  NOT NULL,
    quoted_at              timestamptz,
    ordered_at             timestamptz,
    confirmed_at           timestamptz,
    delivered_at           timestamptz,
    received_at            timestamptz,
    closed_at              timestamptz,
    paid_on                date,
    payment_reference      varchar(100),
    payment_recorded_at    timestamptz,
    settled_at             timestamptz,
    version                bigint       NOT NULL DEFAULT 0,
    CONSTRAINT purchase_order_quote_ck CHECK ((quoted_at IS NULL) = (total IS NULL)
        AND (quoted_at IS NULL) = (can_deliver_by IS NULL)),
    CONSTRAINT purchase_order_steps_ck CHECK ((ordered_at IS NULL OR quoted_at IS NOT NULL)
        AND (confirmed_at IS NULL OR ordered_at IS NOT NULL)
        AND (delivered_at IS NULL OR confirmed_at IS NOT NULL)
        AND (received_at IS NULL OR delivered_at IS NOT NULL)),
    CONSTRAINT purchase_order_status_ck CHECK (CASE status
        WHEN 'REQUESTED' THEN quoted_at IS NULL AND closed_at IS NULL
        WHEN 'QUOTED' THEN quoted_at IS NOT NULL AND ordered_at IS NULL AND closed_at IS NULL
        WHEN 'DECLINED' THEN quoted_at IS NULL AND closed_at IS NOT NULL
        WHEN 'ORDERED' THEN ordered_at IS NOT NULL AND confirmed_at IS NULL AND closed_at IS NULL
        WHEN 'CONFIRMED' THEN confirmed_at IS NOT NULL AND delivered_at IS NULL AND closed_at IS NULL
        WHEN 'DELIVERED' THEN delivered_at IS NOT NULL AND received_at IS NULL AND closed_at IS NULL
        WHEN 'RECEIVED' THEN received_at IS NOT NULL AND closed_at IS NULL
        WHEN 'CANCELLED' THEN delivered_at IS NULL AND closed_at IS NOT NULL END),
    CONSTRAINT purchase_order_reason_ck CHECK ((status IN ('DECLINED', 'CANCELLED')) = (reason IS NOT NULL)
        AND (status = 'CANCELLED') = (cancelled_by IS NOT NULL)),
    CONSTRAINT purchase_order_payment_ck CHECK ((paid_on IS NULL) = (payment_reference IS NULL)
        AND (paid_on IS NULL) = (payment_recorded_at IS NULL)
        AND (paid_on IS NULL OR (confirmed_at IS NOT NULL AND status <> 'CANCELLED'))),
    CONSTRAINT purchase_order_settled_ck CHECK ((settled_at IS NOT NULL) = (status = 'RECEIVED' AND paid_on IS NOT NULL))
);
CREATE INDEX purchase_order_organisation_idx ON purchase_order (buyer_organisation_id, id DESC);
CREATE INDEX purchase_order_participant_idx ON purchase_order (participant_id, id DESC);
CREATE INDEX purchase_order_settled_idx ON purchase_order (settled_at) WHERE settled_at IS NOT NULL;

-- One product of the order: what the catalogue said when asked (name, unit, minimum order), the quantity asked and,
-- once quoted, the unit price; line_total = quantity x unit_price exactly, in whole rupiah.
CREATE TABLE purchase_order_line (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id       bigint       NOT NULL REFERENCES purchase_order (id) ON DELETE CASCADE,
    position       integer      NOT NULL CHECK (position BETWEEN 1 AND 20),
    product_id     bigint       NOT NULL,
    product_name   varchar(120) NOT NULL,
    unit           varchar(40)  NOT NULL,
    minimum_order  integer      NOT NULL CHECK (minimum_order >= 1),
    quantity       integer      NOT NULL CHECK (quantity BETWEEN 1 AND 100000),
    unit_price     bigint       CHECK (unit_price BETWEEN 0 AND 1000000000),
    line_total     bigint,
    CONSTRAINT purchase_order_line_minimum_ck CHECK (quantity >= minimum_order),
    CONSTRAINT purchase_order_line_total_ck CHECK ((unit_price IS NULL) = (line_total IS NULL)
        AND (line_total IS NULL OR line_total = quantity::bigint * unit_price)),
    CONSTRAINT purchase_order_line_product_uq UNIQUE (order_id, product_id),
    CONSTRAINT purchase_order_line_position_uq UNIQUE (order_id, position)
);

-- The order total is the sum of its line totals. A CHECK cannot read other rows, so a deferred constraint trigger
-- checks it at commit, whichever of the order or its lines changed.
CREATE FUNCTION purchase_order_total_is_sum() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    the_order bigint;
    expected  bigint;
    actual    bigint;
BEGIN
    IF TG_TABLE_NAME = 'purchase_order' THEN
        the_order := NEW.id;
    ELSIF TG_OP = 'DELETE' THEN
        the_order := OLD.order_id;
    ELSE
        the_order := NEW.order_id;
    END IF;
    SELECT o.total INTO actual FROM purchase_order o WHERE o.id = the_order;
    IF actual IS NOT NULL THEN
        SELECT sum(l.line_total) INTO expected FROM purchase_order_line l WHERE l.order_id = the_order;
        IF expected IS DISTINCT FROM actual THEN
            RAISE EXCEPTION 'purchase_order_total_ck: total of order % is not the sum of its lines', the_order
                USING ERRCODE = 'check_violation', CONSTRAINT = 'purchase_order_total_ck';
        END IF;
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER purchase_order_total AFTER INSERT OR UPDATE ON purchase_order
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION purchase_order_total_is_sum();
CREATE CONSTRAINT TRIGGER purchase_order_line_total AFTER INSERT OR UPDATE OR DELETE ON purchase_order_line
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION purchase_order_total_is_sum();

-- After the entrepreneur confirmed an order, its lines, prices and total never change (decision 121): the aggregate
-- refuses first, these triggers refuse any other writer. A line is removed only with its order (a cascade).
CREATE FUNCTION purchase_order_line_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    confirmed timestamptz;
BEGIN
    IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
        RETURN OLD;
    END IF;
    SELECT o.confirmed_at INTO confirmed FROM purchase_order o
    WHERE o.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.order_id ELSE NEW.order_id END;
    IF confirmed IS NOT NULL OR (TG_OP = 'UPDATE' AND NEW.order_id <> OLD.order_id) THEN
        RAISE EXCEPTION 'purchase_order_frozen_ck: the lines of a confirmed order cannot change'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'purchase_order_frozen_ck';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER purchase_order_line_frozen BEFORE INSERT OR UPDATE OR DELETE ON purchase_order_line
    FOR EACH ROW EXECUTE FUNCTION purchase_order_line_frozen();

CREATE FUNCTION purchase_order_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.confirmed_at IS NOT NULL AND (NEW.total, NEW.participant_id, NEW.buyer_organisation_id, NEW.can_deliver_by,
            NEW.delivery_date, NEW.delivery_place, NEW.quoted_at, NEW.ordered_at, NEW.confirmed_at)
            IS DISTINCT FROM (OLD.total, OLD.participant_id, OLD.buyer_organisation_id, OLD.can_deliver_by,
            OLD.delivery_date, OLD.delivery_place, OLD.quoted_at, OLD.ordered_at, OLD.confirmed_at) THEN
        RAISE EXCEPTION 'purchase_order_frozen_ck: the terms of a confirmed order cannot change'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'purchase_order_frozen_ck';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER purchase_order_frozen BEFORE UPDATE ON purchase_order
    FOR EACH ROW EXECUTE FUNCTION purchase_order_frozen();

-- The order's history: every step, who took it (an account, on which side) and when, with the reason or note.
CREATE TABLE purchase_order_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id    bigint       NOT NULL REFERENCES purchase_order (id) ON DELETE CASCADE,
    step        varchar(9)   NOT NULL CHECK (step IN ('REQUESTED', 'QUOTED', 'DECLINED', 'ORDERED', 'CONFIRMED',
                                            'DELIVERED', 'RECEIVED', 'PAID', 'CANCELLED')),
    actor_id    bigint       REFERENCES account (id),
    actor_side  varchar(6)   NOT NULL CHECK (actor_side IN ('BUYER', 'SELLER', 'SYSTEM')),
    at          timestamptz  NOT NULL,
    note        varchar(500)
);
CREATE INDEX purchase_order_event_order_idx ON purchase_order_event (order_id, id);
CREATE INDEX purchase_order_event_actor_idx ON purchase_order_event (actor_id, at) WHERE actor_id IS NOT NULL;

-- Published by eorder (declared with @PublishedViews on eorder/package-info.java), contract C-order: one row per
-- settled order, i.e. receipt confirmed by the buyer AND payment recorded, for the dashboards and the business's
-- figures. A plain projection, so PostgreSQL plans a query on it as on the table.
CREATE VIEW eorder_sale AS
SELECT o.id AS order_id, o.participant_id, o.buyer_organisation_id, b.kind AS organisation_kind,
       b.name::text AS organisation_name, o.total AS amount, o.received_at, o.paid_on,
       o.payment_reference::text AS payment_reference
FROM purchase_order o
JOIN buyer_organisation b ON b.id = o.buyer_organisation_id
WHERE o.settled_at IS NOT NULL;

COMMENT ON VIEW eorder_sale IS
    'Published by eorder: each order whose receipt the buyer confirmed and whose payment is recorded: the business '
    '(participant), the buying organisation, the amount in rupiah, when received, the payment day and reference.';

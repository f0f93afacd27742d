-- The business profile as the entrepreneur module publishes it for the assessment module, which assesses a
-- participant never assessed from the profile alone (the single assessment and the bulk re-assessment).
-- A plain projection with the channels and licences as scalar subqueries: PostgreSQL inlines it, so a reader that
-- leaves those two columns out (or reads them inside a CASE) never runs their subqueries, and FOR KEY SHARE on
-- the view locks only the participant rows.

CREATE VIEW participant_profile AS
SELECT p.id, p.business_stage, p.started_on, p.sector, p.monthly_sales, p.capital, p.employees, p.keeps_books,
       p.had_credit,
       (SELECT coalesce(array_agg(c.channel ORDER BY c.channel), '{}')
          FROM participant_channel c WHERE c.participant_id = p.id) AS channels,
       (SELECT coalesce(jsonb_object_agg(l.licence_type, l.licence_number), '{}')
          FROM participant_licence l WHERE l.participant_id = p.id) AS licences
FROM participant p;

COMMENT ON VIEW participant_profile IS
    'Published by entrepreneur: a participant''s business profile (stage, start, sector, sales, capital, employees, '
    'books, credit, sales channels and declared licences by type).';

-- Published by partner (declared with @PublishedViews on partner/package-info.java): for each referral, the name of
-- its partner and the title of its offer, so that /me/privacy (entrepreneur, below partner) can name what a
-- PARTNER_SHARING consent shares, and with whom, in the one statement that lists the consents.
CREATE VIEW referral_partner AS
SELECT r.id AS referral_id, p.name AS partner_name, o.title AS offer_title
FROM partner_referral r
JOIN partner_organisation p ON p.id = r.partner_id
JOIN partner_offer o ON o.id = r.offer_id;

COMMENT ON VIEW referral_partner IS
    'Published by partner: the partner''s name and the offer''s title of each referral (for the consent list).';

-- Published by entrepreneur: participant_directory also says when a participant was erased (decision 109), so that
-- the other modules' work queues (mentor assignment, outlet allocation) leave erased participants out.
CREATE OR REPLACE VIEW participant_directory AS
SELECT id, account_id, full_name, business_name, sector, products, monthly_sales, phone, address,
       city_code, district_code, village_code, fostering_agency, registered_at, job_seeker, poor_family, disability,
       status AS registration_status, validated_at, erased_at
FROM participant;

COMMENT ON VIEW participant_directory IS
    'Published by entrepreneur: a participant''s name, business, contact, area, agency, target groups, the '
    'registration''s status and validation time, and when her data was erased (null: not erased).';

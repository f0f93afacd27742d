/**
 * Partners (kolaborator): partner organisations with their MoU, contact people and offers, the offers that fit a
 * participant, referrals of participants to offers, and the pages of the PARTNER role.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "account", "region", "entrepreneur", "assessment", "notification", "shared" })
@id.jakpreneur.portal.shared.PublishedViews({ "partner_name", "capital_application_figures", "referral_actor_entry",
		"referral_partner" })
package id.jakpreneur.portal.partner;

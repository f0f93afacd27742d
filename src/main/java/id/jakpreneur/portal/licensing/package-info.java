/**
 * P4 Perizinan: the licence register with each licence's documents, the licence route by sector and products,
 * officers' review (verify, or return with a reason the citizen answers by resubmitting) and expiry notices; each
 * decision is published as {@link id.jakpreneur.portal.licensing.LicenceRecorded}. Publishes the view
 * {@code verified_licence}: the only licences that open anything.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "account", "entrepreneur", "assessment", "notification", "document", "shared" })
@id.jakpreneur.portal.shared.PublishedViews({ "verified_licence" })
package id.jakpreneur.portal.licensing;

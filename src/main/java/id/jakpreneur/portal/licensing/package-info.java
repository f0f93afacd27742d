/**
 * P4 Perizinan: the licence register, the licence route by sector and products, officers' verification and expiry
 * notices; each record or verification is published as {@link id.jakpreneur.portal.licensing.LicenceRecorded}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "account", "entrepreneur", "assessment", "notification", "shared" })
@id.jakpreneur.portal.shared.PublishedViews({ "verified_licence" })
package id.jakpreneur.portal.licensing;

/**
 * Entrepreneurs (peserta): the public pages that explain how to join, registration, the business
 * profile and the entrepreneur's home.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "region", "shared" })
@id.jakpreneur.portal.shared.PublishedViews("participant_card")
package id.jakpreneur.portal.entrepreneur;

/**
 * Entrepreneurs (peserta): the public pages that explain how to join, registration, the business
 * profile and the entrepreneur's home.
 */
@id.jakpreneur.portal.shared.PublishedViews({ "participant_name_area" })
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "region", "shared" })
package id.jakpreneur.portal.entrepreneur;

/**
 * Entrepreneurs (peserta): the public pages that explain how to join, registration, the business profile and the
 * participant's personal data rights. The root package is the module's API: {@code ParticipantRecords} (a
 * participant as others may see it), {@code ParticipantSearch} (officer lists), the business value types and the
 * business-facts form piece other modules' forms extend. {@code domain} holds the Participant aggregate and its
 * use cases, {@code query} the read models, {@code web} the pages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "region", "notification", "shared" })
@id.jakpreneur.portal.shared.PublishedViews({ "participant_directory", "participant_profile", "participant_consent",
		"personal_data_touch" })
package id.jakpreneur.portal.entrepreneur;

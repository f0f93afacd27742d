/**
 * Mentors (pendamping) and their work with mentees: mentor profiles, ranked suggestions and assignment with capacity
 * that holds under concurrency, sessions and agreed actions, P3 Pendampingan completion.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "account", "region", "entrepreneur", "assessment", "notification", "shared" })
@id.jakpreneur.portal.shared.PublishedViews({ "mentor_load", "mentor_coverage", "mentor_assignment_span",
		"mentoring_session_date", "participant_current_mentor", "mentor_verified_sales" })
package id.jakpreneur.portal.mentoring;

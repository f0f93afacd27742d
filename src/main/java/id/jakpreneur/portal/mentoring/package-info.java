/**
 * Mentors (pendamping) and their work with mentees: mentor profiles, ranked suggestions and assignment with capacity
 * that holds under concurrency, sessions and agreed actions, P3 Pendampingan completion, and in-portal notices.
 */
@id.jakpreneur.portal.shared.PublishedViews({ "participant_current_mentor" })
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "account", "region", "entrepreneur", "assessment", "shared" })
package id.jakpreneur.portal.mentoring;

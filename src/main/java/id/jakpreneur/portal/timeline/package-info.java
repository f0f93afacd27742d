/**
 * Each participant's timeline: every step change written from the other modules' events, {@code /me/timeline}, the
 * officer's view of it, and the latest entries as a panel of the participant's overview pages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "entrepreneur", "assessment",
		"partner", "training", "licensing", "reporting", "outlet", "eorder", "shared" })
@id.jakpreneur.portal.shared.PublishedViews({ "timeline_actor_entry" })
package id.jakpreneur.portal.timeline;

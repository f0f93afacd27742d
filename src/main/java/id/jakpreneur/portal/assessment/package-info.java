/**
 * Phase assessment: a versioned, pure policy that places a business in its development phase and size class,
 * says which of the 7 steps it still needs, and picks the mentoring track, so that each business gets help
 * fitted to where it stands (the programme's asymmetric approach); the stored history, the mentor-assignment queue
 * and bulk re-assessment when the policy changes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "region", "entrepreneur", "shared" })
@id.jakpreneur.portal.shared.PublishedViews({ "assessment_need", "participant_step" })
package id.jakpreneur.portal.assessment;

/**
 * Phase assessment: a versioned, pure policy that places a business in its development phase and size class,
 * says which of the 7 steps it still needs, and picks the mentoring track, so that each business gets help
 * fitted to where it stands (the programme's asymmetric approach); the stored history and bulk re-assessment when
 * the policy changes. Participants waiting for a mentor are queued by the mentoring module.
 * <p>
 * Views published for other modules' SQL: {@code participant_step} (each participant's 7 steps, one row each),
 * {@code phase_change} (assessments that moved the phase up or down), {@code participant_standing} (where each
 * participant stands now, over {@code assessment_current}) and {@code step_completion} (steps completed inside the
 * programme).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "region", "entrepreneur", "shared" })
@id.jakpreneur.portal.shared.PublishedViews({ "participant_step", "phase_change", "participant_standing", "step_completion" })
package id.jakpreneur.portal.assessment;

package id.jakpreneur.portal.assessment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.Track;

/** An officer's override: a phase and/or a track (empty keeps the latest), and the written reason, always. */
public class OverrideForm {

	private Phase phase;

	private Track track;

	/** Blank is the job of {@code @NotBlank}, so that an empty reason shows one message, not two. */
	static final String LENGTH = "^(|[\\s\\S]{" + Assessing.OVERRIDE_REASON_MIN + "," + Assessing.OVERRIDE_REASON_MAX
			+ "})$";

	@NotBlank(message = "{assessment.override.reason.required}")
	@Pattern(regexp = LENGTH, message = "{assessment.override.reason.length}")
	@Pattern(regexp = "^[^<>]*$", message = "{validation.noAngleBrackets}")
	private String reason;

	public Phase getPhase() {
		return phase;
	}

	public void setPhase(Phase phase) {
		this.phase = phase;
	}

	public Track getTrack() {
		return track;
	}

	public void setTrack(Track track) {
		this.track = track;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason == null ? null : reason.strip();
	}

}

package id.jakpreneur.portal.assessment.domain;

import id.jakpreneur.portal.shared.RefusedException;

/** An override must change the phase or the track of the latest assessment; this one changes neither. */
public class NothingToOverrideException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public NothingToOverrideException() {
		super("assessment.override.nothing", "the override changes neither phase nor track");
	}

}

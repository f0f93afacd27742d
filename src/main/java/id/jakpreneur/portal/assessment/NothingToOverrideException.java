package id.jakpreneur.portal.assessment;

/** An override must change the phase or the track of the latest assessment; this one changes neither. */
public class NothingToOverrideException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public NothingToOverrideException() {
		super("the override changes neither phase nor track");
	}

}

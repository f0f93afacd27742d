package id.jakpreneur.portal.entrepreneur;

/** The NIK is already registered. The message to the citizen never says by whom. */
public class NikTakenException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public NikTakenException() {
		super("NIK already registered");
	}

}

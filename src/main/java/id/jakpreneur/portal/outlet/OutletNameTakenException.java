package id.jakpreneur.portal.outlet;

/** Another outlet already has this name (compared without case). */
public class OutletNameTakenException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public OutletNameTakenException() {
		super("outlet name taken");
	}

}

package id.jakpreneur.portal.licensing;

import java.time.Instant;
import java.time.LocalDate;

import id.jakpreneur.portal.entrepreneur.LicenceType;

/**
 * One licence as the participant's and the officer's pages show it: its place on the route, its status, what was
 * recorded, and who verified it.
 *
 * @param id the register row; {@code null} when nothing is recorded (or only declared in the profile)
 * @param inRoute whether the licence route lists it
 * @param required whether P4 waits for it
 * @param next whether it is the first required licence not yet issued and verified
 * @param declaredNumber the number the business profile declares, when the register has no row (the citizen's own
 *        statement: it counts for nothing)
 * @param state where the recorded licence stands in the officers' review; {@code null} when nothing is recorded
 * @param returnReason the officer's reason when the licence is returned to the citizen
 */
public record LicenceLine(Long id, LicenceType type, String otherName, boolean inRoute, boolean required, boolean next,
		LicenceStatus status, String number, LocalDate issuedOn, LocalDate expiresOn, String verifiedBy,
		Instant verifiedAt, String declaredNumber, LicenceState state, String returnReason) {

	public boolean verified() {
		return state == LicenceState.VERIFIED;
	}

	/** Issued, not expired, and verified by an officer: what P4 asks of a required licence. */
	public boolean done() {
		return status == LicenceStatus.ISSUED && verified();
	}

	/** Submitted as issued and waiting for an officer (first time or again after a return). */
	public boolean awaitingVerification() {
		return id != null && status == LicenceStatus.ISSUED && state == LicenceState.SUBMITTED;
	}

	/** Returned by an officer with a reason: the citizen corrects and submits again. */
	public boolean returned() {
		return state == LicenceState.RETURNED;
	}

	public LicenceLine asNext() {
		return new LicenceLine(id, type, otherName, inRoute, required, true, status, number, issuedOn, expiresOn,
				verifiedBy, verifiedAt, declaredNumber, state, returnReason);
	}

	/** "NIB 9120301234567" */
	public String evidence() {
		return type.documentName() + (number == null ? "" : " " + number);
	}

}

package id.jakpreneur.portal.entrepreneur;

/**
 * The legal reasons an administrator may refuse a participant's deletion request (UU 27/2022 art. 8 and 16: data the
 * controller must keep by another law or for a legal claim); each is shown to the citizen in her language
 * ({@code privacy.refusal.<REASON>}) with the administrator's explanation.
 */
public enum RefusalReason {

	/** A capital application under review, approved or not yet disbursed: the bank must keep it. */
	OPEN_CAPITAL_APPLICATION,

	/** Another law obliges the province to keep the records (finance, audit). */
	LEGAL_OBLIGATION,

	/** A dispute or claim about the participant's records is open. */
	LEGAL_CLAIM,

	/** The request could not be tied to the participant (her identity was not confirmed). */
	IDENTITY_NOT_CONFIRMED,

	/** Another reason, explained in the text. */
	OTHER

}

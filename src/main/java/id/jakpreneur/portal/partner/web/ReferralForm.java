package id.jakpreneur.portal.partner.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An officer refers one participant of their area to one offer, with an optional note for the partner. */
class ReferralForm {

	@NotNull(message = "{partner.referral.participant.required}")
	private Long participantId;

	@NotNull(message = "{partner.referral.offer.required}")
	private Long offerId;

	@Size(max = 500, message = "{validation.tooLong}")
	@Pattern(regexp = PartnerForm.TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String note;

	public Long getParticipantId() {
		return participantId;
	}

	public void setParticipantId(Long participantId) {
		this.participantId = participantId;
	}

	public Long getOfferId() {
		return offerId;
	}

	public void setOfferId(Long offerId) {
		this.offerId = offerId;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}

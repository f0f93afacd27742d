package id.jakpreneur.portal.entrepreneur.web;

import id.jakpreneur.portal.entrepreneur.RefusalReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Why an administrator refuses a deletion request: a legal reason from the list, explained in words. */
class RefusalForm {

	@NotNull(message = "{privacy.decision.reason.required}")
	private RefusalReason reason;

	@Size(max = 500, message = "{privacy.decision.text.tooLong}")
	private String explanation;

	public RefusalReason getReason() {
		return reason;
	}

	public void setReason(RefusalReason reason) {
		this.reason = reason;
	}

	public String getExplanation() {
		return explanation;
	}

	public void setExplanation(String explanation) {
		this.explanation = explanation == null || explanation.isBlank() ? null : explanation.strip();
	}

}

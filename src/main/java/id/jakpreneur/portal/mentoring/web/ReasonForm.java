package id.jakpreneur.portal.mentoring.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A written reason or note: a reassignment, the end of mentoring, a declined request, an entrepreneur's request
 * for another mentor. Ten to 500 characters, so that the reader learns something.
 */
public class ReasonForm {

	private Long mentorId;

	private String endReason;

	@NotBlank(message = "{validation.required}")
	@Size(min = 10, max = 500, message = "{mentoring.reason.length}")
	private String reason;

	public Long getMentorId() {
		return mentorId;
	}

	public void setMentorId(Long mentorId) {
		this.mentorId = mentorId;
	}

	public String getEndReason() {
		return endReason;
	}

	public void setEndReason(String endReason) {
		this.endReason = endReason;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}

package id.jakpreneur.portal.catalogue.web;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.account.PhoneNumbers;
import id.jakpreneur.portal.catalogue.domain.Question;
import org.springframework.validation.Errors;

/**
 * A visitor's question to a seller, no login needed: her name, an e-mail address or Indonesian mobile number to reply
 * to, and the message.
 */
class QuestionForm {

	/** Letters (any script), spaces and . ' - only: no markup, no ":" (nothing a notice could read as a key). */
	static final String NAME_PATTERN = "^[\\p{L}\\p{M} .'\\-]*$";

	private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern
		.compile("^[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}$");

	@NotBlank(message = "{validation.required}")
	@Size(max = 80, message = "{validation.tooLong}")
	@Pattern(regexp = NAME_PATTERN, message = "{catalogue.question.name.pattern}")
	private String name;

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.tooLong}")
	private String replyTo;

	@NotBlank(message = "{validation.required}")
	@Size(min = 10, max = 1000, message = "{catalogue.question.message.size}")
	@Pattern(regexp = "^[^<>]*$", message = "{validation.noAngleBrackets}")
	private String message;

	/** The reply address: an e-mail address, or a mobile number (normalised to +62...). */
	void validateReplyTo(Errors errors) {
		if (!errors.hasFieldErrors("replyTo") && replyAddress() == null) {
			errors.rejectValue("replyTo", "catalogue.question.replyTo.invalid");
		}
	}

	private String replyAddress() {
		String value = replyTo == null ? "" : replyTo.strip();
		if (EMAIL.matcher(value).matches()) {
			return value.toLowerCase(Locale.ROOT);
		}
		return PhoneNumbers.normalise(value).orElse(null);
	}

	Question toQuestion() {
		return new Question(name.strip(), replyAddress(), message.strip());
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getReplyTo() {
		return replyTo;
	}

	public void setReplyTo(String replyTo) {
		this.replyTo = replyTo;
	}

	public String getMessage() {
		return message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

}

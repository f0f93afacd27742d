package id.jakpreneur.portal.breach.web;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A suspected breach as the administrator types it; times are Jakarta time. */
class BreachForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 254, message = "{validation.tooLong}")
	private String account;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime windowFrom;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime windowUntil;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime discoveredAt;

	@NotBlank(message = "{validation.required}")
	@Size(max = 500, message = "{validation.tooLong}")
	private String description;

	public String getAccount() {
		return account;
	}

	public void setAccount(String account) {
		this.account = account;
	}

	public LocalDateTime getWindowFrom() {
		return windowFrom;
	}

	public void setWindowFrom(LocalDateTime windowFrom) {
		this.windowFrom = windowFrom;
	}

	public LocalDateTime getWindowUntil() {
		return windowUntil;
	}

	public void setWindowUntil(LocalDateTime windowUntil) {
		this.windowUntil = windowUntil;
	}

	public LocalDateTime getDiscoveredAt() {
		return discoveredAt;
	}

	public void setDiscoveredAt(LocalDateTime discoveredAt) {
		this.discoveredAt = discoveredAt;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}

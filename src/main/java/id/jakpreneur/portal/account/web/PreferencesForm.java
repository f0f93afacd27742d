package id.jakpreneur.portal.account.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The person's own preferences: the language of their notices and the channels they also go out by. */
class PreferencesForm {

	@NotNull(message = "{validation.required}")
	@Pattern(regexp = "id|en", message = "{account.preferences.language.invalid}")
	private String language;

	@NotNull(message = "{validation.required}")
	private Boolean notifyEmail;

	@NotNull(message = "{validation.required}")
	private Boolean notifyWhatsapp;

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public Boolean getNotifyEmail() {
		return notifyEmail;
	}

	public void setNotifyEmail(Boolean notifyEmail) {
		this.notifyEmail = notifyEmail;
	}

	public Boolean getNotifyWhatsapp() {
		return notifyWhatsapp;
	}

	public void setNotifyWhatsapp(Boolean notifyWhatsapp) {
		this.notifyWhatsapp = notifyWhatsapp;
	}

}

package id.jakpreneur.portal.account.domain;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/**
 * A person who can log in, by e-mail address (kept lower-case) or mobile number (kept as {@code +62…}); an account
 * has at least one of the two (decision 87). Its language and notice channels are the person's own preferences.
 */
@Entity
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String phone;

	private String language = "id";

	private boolean notifyEmail = true;

	private boolean notifyWhatsapp = true;

	private String passwordHash;

	private String fullName;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled = true;

	private Instant createdAt;

	private Instant passwordChangedAt;

	private boolean mustChangePassword;

	private Instant deactivatedAt;

	@ElementCollection
	@CollectionTable(name = "account_area", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "region_code")
	private Set<String> areaCodes = new HashSet<>();

	@Version
	private long version;

	protected Account() {
	}

	public Account(String email, String phone, String fullName, Role role, String passwordHash,
			Set<String> areaCodes, Instant createdAt, boolean mustChangePassword) {
		if (email == null && phone == null) {
			throw new IllegalArgumentException("an account needs an e-mail address or a mobile number");
		}
		this.mustChangePassword = mustChangePassword;
		this.email = normaliseEmail(email);
		this.phone = phone;
		this.fullName = fullName.strip();
		this.role = role;
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
		this.passwordChangedAt = createdAt;
		this.areaCodes = new HashSet<>(role.hasArea() ? areaCodes : Set.of());
	}

	public static String normaliseEmail(String email) {
		return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	/** The person's own choices: the language of their notices, and whether they also go out by e-mail, WhatsApp. */
	public void changePreferences(String language, boolean notifyEmail, boolean notifyWhatsapp) {
		if (!"id".equals(language) && !"en".equals(language)) {
			throw new IllegalArgumentException("language must be id or en");
		}
		this.language = language;
		this.notifyEmail = notifyEmail;
		this.notifyWhatsapp = notifyWhatsapp && phone != null;
	}

	/** The area of an officer or mentor; other roles have none. */
	public void changeArea(Set<String> newAreaCodes) {
		this.areaCodes.clear();
		if (role.hasArea()) {
			this.areaCodes.addAll(newAreaCodes);
		}
	}

	/** An online registration's account stays closed until its owner opens the link sent to the address. */
	public void awaitActivation() {
		this.enabled = false;
	}

	public void activate() {
		this.enabled = true;
	}

	/** An administrator closes the account (decision 92); distinct from an activation not yet done. */
	public void deactivate(Instant at) {
		if (deactivatedAt != null) {
			throw new AccountRefusedException("users.deactivate.already");
		}
		this.deactivatedAt = at;
	}

	public boolean isDeactivated() {
		return deactivatedAt != null;
	}

	public void reactivate() {
		if (deactivatedAt == null) {
			throw new AccountRefusedException("users.reactivate.notDeactivated");
		}
		this.deactivatedAt = null;
	}

	public void changePasswordHash(String newHash, Instant at) {
		this.passwordHash = newHash;
		this.passwordChangedAt = at;
		this.mustChangePassword = false;
	}

	/** Whether a message can reach the person: the account has an address to send it to. */
	public boolean hasAddress() {
		return email != null || phone != null;
	}

	public PortalUser toPortalUser() {
		return new PortalUser(id, email != null ? email : phone, fullName, role, areaCodes,
				enabled && deactivatedAt == null, passwordHash, mustChangePassword);
	}

	public Long getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}

	public String getLanguage() {
		return language;
	}

	public boolean isNotifyEmail() {
		return notifyEmail;
	}

	public boolean isNotifyWhatsapp() {
		return notifyWhatsapp;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public String getFullName() {
		return fullName;
	}

	public Role getRole() {
		return role;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Set<String> getAreaCodes() {
		return areaCodes;
	}

}

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
 * A person who can log in. The email is the login name and is kept lower-case.
 */
@Entity
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String passwordHash;

	private String fullName;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled = true;

	private Instant createdAt;

	private Instant passwordChangedAt;

	private boolean mustChangePassword;

	@ElementCollection
	@CollectionTable(name = "account_area", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "region_code")
	private Set<String> areaCodes = new HashSet<>();

	@Version
	private long version;

	protected Account() {
	}

	public Account(String email, String fullName, Role role, String passwordHash, Set<String> areaCodes,
			Instant createdAt, boolean mustChangePassword) {
		this.mustChangePassword = mustChangePassword;
		this.email = normaliseEmail(email);
		this.fullName = fullName.strip();
		this.role = role;
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
		this.passwordChangedAt = createdAt;
		this.areaCodes = new HashSet<>(role.hasArea() ? areaCodes : Set.of());
	}

	public static String normaliseEmail(String email) {
		return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
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

	public void changePasswordHash(String newHash, Instant at) {
		this.passwordHash = newHash;
		this.passwordChangedAt = at;
		this.mustChangePassword = false;
	}

	/** Whether a message can reach the person: the account has an address to send it to. */
	public boolean hasAddress() {
		return email != null;
	}

	public PortalUser toPortalUser() {
		return new PortalUser(id, email, fullName, role, areaCodes, enabled, passwordHash, mustChangePassword);
	}

	public Long getId() {
		return id;
	}

	public String getEmail() {
		return email;
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

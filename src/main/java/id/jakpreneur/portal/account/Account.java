package id.jakpreneur.portal.account;

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
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String passwordHash;

	private String fullName;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled = true;

	private Instant createdAt = Instant.now();

	private Instant passwordChangedAt = Instant.now();

	@ElementCollection
	@CollectionTable(name = "account_area", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "region_code")
	private Set<String> areaCodes = new HashSet<>();

	@Version
	private long version;

	protected Account() {
	}

	Account(String email, String fullName, Role role, String passwordHash, Set<String> areaCodes) {
		this.email = normaliseEmail(email);
		this.fullName = fullName.strip();
		this.role = role;
		this.passwordHash = passwordHash;
		this.areaCodes = new HashSet<>(role.hasArea() ? areaCodes : Set.of());
	}

	static String normaliseEmail(String email) {
		return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	/** The area of an officer or mentor; other roles have none. */
	void changeArea(Set<String> newAreaCodes) {
		this.areaCodes.clear();
		if (role.hasArea()) {
			this.areaCodes.addAll(newAreaCodes);
		}
	}

	void changePasswordHash(String newHash) {
		this.passwordHash = newHash;
		this.passwordChangedAt = Instant.now();
	}

	PortalUser toPortalUser() {
		return new PortalUser(id, email, fullName, role, areaCodes, enabled, passwordHash);
	}

	Long getId() {
		return id;
	}

	String getEmail() {
		return email;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	String getFullName() {
		return fullName;
	}

	Role getRole() {
		return role;
	}

	boolean isEnabled() {
		return enabled;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Set<String> getAreaCodes() {
		return areaCodes;
	}

}

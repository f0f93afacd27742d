package id.jakpreneur.portal.account;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person, as other modules see it: account id, role and working area. It is kept in
 * the (database-backed) session, so it holds no entity and no personal data beyond name and email.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String email;

	private final String fullName;

	private final Role role;

	private final Set<String> areaCodes;

	private final boolean enabled;

	private final boolean mustChangePassword;

	private String passwordHash;

	public PortalUser(long accountId, String email, String fullName, Role role, Set<String> areaCodes,
			boolean enabled, String passwordHash) {
		this(accountId, email, fullName, role, areaCodes, enabled, passwordHash, false);
	}

	public PortalUser(long accountId, String email, String fullName, Role role, Set<String> areaCodes,
			boolean enabled, String passwordHash, boolean mustChangePassword) {
		this.accountId = accountId;
		this.email = email;
		this.fullName = fullName;
		this.role = role;
		this.areaCodes = Set.copyOf(areaCodes);
		this.enabled = enabled;
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
	}

	public long accountId() {
		return accountId;
	}

	public String fullName() {
		return fullName;
	}

	public Role role() {
		return role;
	}

	/** The password was set by someone else: the person must choose their own before anything else. */
	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	/** Kota or kecamatan codes this officer or mentor works in; empty for other roles. */
	public Set<String> areaCodes() {
		return areaCodes;
	}

	/** Whether a region (any level) lies inside this user's area. Administrators cover the province. */
	public boolean covers(String regionCode) {
		if (role == Role.ADMIN) {
			return true;
		}
		return regionCode != null
				&& areaCodes.stream().anyMatch(a -> regionCode.equals(a) || regionCode.startsWith(a + "."));
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PortalUser that && that.accountId == accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId);
	}

	@Override
	public String toString() {
		return "PortalUser[" + accountId + ", " + role + "]";
	}

}

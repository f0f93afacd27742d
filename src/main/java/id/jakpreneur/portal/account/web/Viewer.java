package id.jakpreneur.portal.account.web;

import java.util.Set;

import id.jakpreneur.portal.account.PortalUser;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * Who is looking at a page, as the layout asks it ({@code #viewer} in templates, {@link ViewerDialect}): signed in
 * or not, which roles, and whether a password set by someone else must be replaced first. Taken from the request's
 * authentication once per page, instead of a Spring Security expression parsed and evaluated for each menu item.
 * The answers are those of {@code isAuthenticated()}, {@code isAnonymous()} and {@code hasRole(...)}.
 */
public final class Viewer {

	private static final Viewer ANONYMOUS = new Viewer(false, false, Set.of());

	private final boolean signedIn;

	private final boolean mustChangePassword;

	private final Set<String> authorities;

	private Viewer(boolean signedIn, boolean mustChangePassword, Set<String> authorities) {
		this.signedIn = signedIn;
		this.mustChangePassword = mustChangePassword;
		this.authorities = authorities;
	}

	/** The viewer of a request with this authentication (null, or anonymous: nobody signed in). */
	static Viewer of(Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return ANONYMOUS;
		}
		boolean mustChange = authentication.getPrincipal() instanceof PortalUser user && user.mustChangePassword();
		return new Viewer(true, mustChange, AuthorityUtils.authorityListToSet(authentication.getAuthorities()));
	}

	/** Someone is signed in ({@code isAuthenticated()}). */
	public boolean isSignedIn() {
		return signedIn;
	}

	/** Signed in with a password set by someone else, to be replaced before anything else (decision 80). */
	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	/** Signed in and free to use the portal: the menus, the bell and the account page are shown. */
	public boolean isWorking() {
		return signedIn && !mustChangePassword;
	}

	/** Whether the viewer has any of these roles (names of {@code account.Role}, as {@code hasAnyRole}). */
	public boolean has(String... roles) {
		for (String role : roles) {
			if (authorities.contains("ROLE_" + role)) {
				return true;
			}
		}
		return false;
	}

}

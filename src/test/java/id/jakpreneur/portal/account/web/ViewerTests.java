package id.jakpreneur.portal.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** {@code #viewer} answers as Spring Security's isAuthenticated(), isAnonymous() and hasRole() did in the layout. */
class ViewerTests {

	@Test
	void nobodySignedInHasNoRoleAndSeesTheVisitorsMenu() {
		Viewer anonymous = Viewer.of(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		assertThat(anonymous.isSignedIn()).isFalse();
		assertThat(anonymous.isWorking()).isFalse();
		assertThat(anonymous.isMustChangePassword()).isFalse();
		assertThat(anonymous.has("ANONYMOUS")).as("only the portal's roles count").isFalse();
		assertThat(Viewer.of(null).isSignedIn()).isFalse();
	}

	@Test
	void aSignedInPersonHasTheRolesOfTheLogin() {
		Viewer admin = Viewer.of(login(Role.ADMIN, false));
		assertThat(admin.isSignedIn()).isTrue();
		assertThat(admin.isWorking()).isTrue();
		assertThat(admin.has("ADMIN")).isTrue();
		assertThat(admin.has("OFFICER", "ADMIN")).isTrue();
		assertThat(admin.has("ENTREPRENEUR")).isFalse();
		assertThat(Viewer.of(login(Role.OFFICER, false)).has("OFFICER", "ADMIN")).isTrue();
	}

	@Test
	void aPasswordSetBySomeoneElseHidesTheMenusButNotTheLogout() {
		Viewer newcomer = Viewer.of(login(Role.MENTOR, true));
		assertThat(newcomer.isSignedIn()).isTrue();
		assertThat(newcomer.isMustChangePassword()).isTrue();
		assertThat(newcomer.isWorking()).isFalse();
	}

	private static UsernamePasswordAuthenticationToken login(Role role, boolean mustChangePassword) {
		PortalUser user = new PortalUser(7, "someone@example.org", "Someone", role, Set.of(), true, null,
				mustChangePassword);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

}

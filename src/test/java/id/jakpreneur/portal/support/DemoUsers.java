package id.jakpreneur.portal.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.Role;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The demo accounts (tests run with demo mode on), as MockMvc request post-processors. */
public final class DemoUsers {

	public static final String PASSWORD = "jakpreneur-demo";

	private DemoUsers() {
	}

	public static String emailOf(Role role) {
		return switch (role) {
			case ENTREPRENEUR -> "warga@demo.local";
			case MENTOR -> "mentor@demo.local";
			case OFFICER -> "officer@demo.local";
			case ADMIN -> "admin@demo.local";
			case PARTNER -> "partner@demo.local";
			case BUYER -> "buyer@demo.local";
		};
	}

	public static RequestPostProcessor as(AccountManagement accounts, Role role) {
		UserDetails details = accounts.loadUserByUsername(emailOf(role));
		return user(details);
	}

}

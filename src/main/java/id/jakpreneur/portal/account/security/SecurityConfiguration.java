package id.jakpreneur.portal.account.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Who may open which URL. The rules follow the route map: {@code /me} for entrepreneurs, {@code /mentor}
 * for mentors, {@code /officer} for officers (and administrators, who oversee them), {@code /admin} for
 * administrators, {@code /partner} for partner contacts, {@code /buyer} for buyers (e-Order). Everything else needs a login unless listed as public.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	static PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Spring Security observes nothing of its own. With a metrics registry present it wrapped each filter of the chain,
	 * each authentication and each authorisation in an observation with its timer: a twentieth of a record page's CPU,
	 * for metrics no dashboard or alert reads (decision 132). Every request is still timed per route
	 * ({@code http_server_requests}, docs/operations.md).
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Static files pass through a chain of their own, ahead of the portal's: open to everyone, no security context,
	 * session, saved request or CSRF token, so a stylesheet never reads the session row (issue 20, decision 114). The
	 * default headers stay (nosniff, frame options, HSTS); Spring Security's "no-store" gives way to the year-long
	 * caching Spring MVC sets for content-hashed URLs.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain staticFileSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(StaticFiles.PATHS)
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.securityContext(context -> context.disable())
			.sessionManagement(session -> session.disable())
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.anonymous(anonymous -> anonymous.disable());
		return http.build();
	}

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, AccountManagement accounts, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, CsrfTokenRepository csrfTokens, ManagementPort managementPort) throws Exception {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(passwordEncoder);
		http.authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle)));

		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/", "/privacy", "/login", "/register", "/register/**", "/error", "/actuator/health",
					"/actuator/health/**", "/forgot-password", "/reset-password", "/activate")
			.permitAll()
			// the public request for a buyer account (e-Order)
			.requestMatchers("/pembeli/daftar").permitAll()
			// the probes stay on the public port when the actuator has a port of its own
			.requestMatchers("/livez", "/readyz").permitAll()
			// the public Katalog JakPreneur, its photos, ask-the-seller form and the sitemap (module catalogue)
			.requestMatchers("/katalog", "/katalog/**", "/sitemap.xml", "/robots.txt").permitAll()
			// metrics only on the management port (operators' network); never on the public one
			.requestMatchers(managementPort).permitAll()
			.requestMatchers("/actuator", "/actuator/**").denyAll()
			.requestMatchers("/me", "/me/**").hasRole(Role.ENTREPRENEUR.name())
			.requestMatchers("/mentor", "/mentor/**").hasRole(Role.MENTOR.name())
			// opening a partner contact's login is an administrator's decision, inside the officers' partner pages
			.requestMatchers("/officer/partners/*/contacts/*/account").hasRole(Role.ADMIN.name())
			// the partner register (organisations under an MoU with the Dinas, province-wide) is kept by administrators;
			// officers read it to refer participants (decision 82)
			.requestMatchers("/officer/partners/new", "/officer/partners/*/edit", "/officer/partners/*/offers/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers(HttpMethod.POST, "/officer/partners", "/officer/partners/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/officer", "/officer/**").hasAnyRole(Role.OFFICER.name(), Role.ADMIN.name())
			.requestMatchers("/admin", "/admin/**").hasRole(Role.ADMIN.name())
			.requestMatchers("/partner", "/partner/**").hasRole(Role.PARTNER.name())
			.requestMatchers("/buyer", "/buyer/**").hasRole(Role.BUYER.name())
			.anyRequest()
			.authenticated());

		http.formLogin(form -> form.loginPage("/login")
			.usernameParameter("username")
			.passwordParameter("password")
			.successHandler(new RoleHomeSuccessHandler(accounts))
			.failureHandler(new LoginFailureHandler())
			.permitAll());
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
		// a new session at login (attributes copied), so its creation time is the login time for the absolute lifetime
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.migrateSession()));
		http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
			.csrfTokenRequestHandler(new VisitorCsrfTokens.EagerForVisitors()));
		http.addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class);
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/**
	 * Sends each role to its home, or back to the page it asked for when that page belongs to it; a person who must
	 * choose their own password to the password page. Redirects are relative (path and query of the saved request),
	 * so no Host or X-Forwarded-Host header ends up in a Location. Notes the login's time for the account's page.
	 */
	static final class RoleHomeSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

		private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

		private final AccountManagement accounts;

		RoleHomeSuccessHandler(AccountManagement accounts) {
			this.accounts = accounts;
			setRequestCache(requestCache);
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws IOException, jakarta.servlet.ServletException {
			PortalUser user = authentication.getPrincipal() instanceof PortalUser portalUser ? portalUser : null;
			String home = user == null ? "/" : user.role().homePath();
			if (user != null) {
				accounts.recordLogin(user.accountId());
			}
			SavedRequest saved = requestCache.getRequest(request, response);
			String target = home;
			if (user != null && user.mustChangePassword()) {
				target = PasswordChangeRequiredFilter.PASSWORD_PAGE;
			}
			else if (saved != null) {
				java.net.URI url = java.net.URI.create(saved.getRedirectUrl());
				if (url.getRawPath() != null && url.getRawPath().startsWith(home)) {
					target = url.getRawQuery() == null ? url.getRawPath() : url.getRawPath() + '?' + url.getRawQuery();
				}
			}
			requestCache.removeRequest(request, response);
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, target);
		}

	}

	/**
	 * Every failed login gets the same vague error; when a delay now runs for the login or the address, the page
	 * also says how many seconds to wait.
	 */
	static final class LoginFailureHandler implements AuthenticationFailureHandler {

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			response.sendRedirect(request.getContextPath() + (exception instanceof LoginThrottledException delayed
					? "/login?error&wait=" + delayed.waitSeconds() : "/login?error"));
		}

	}

}

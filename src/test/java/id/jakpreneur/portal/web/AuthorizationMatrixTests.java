package id.jakpreneur.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every request mapping of the portal, with who may use it. A mapping that is not in {@link #MATRIX}
 * fails the build, so each new page must state its rule here. Columns: anonymous, then one per role in the
 * order of {@link Role#values()}: entrepreneur, mentor, officer, administrator, partner, buyer. {@code ok}: the
 * request reaches the controller; {@code login}: sent to the login page; {@code 403}: refused. Path variables are filled with an id that does not exist, so no row is changed
 * (a permitted request then answers 404, which counts as reaching the controller).
 */
@PortalWebTest
class AuthorizationMatrixTests {

	private static final String[] MATRIX = {
			// method path                                                  anon   entr  mentor officer admin  partner  buyer
			"GET    /                                                       ok     ok    ok     ok      ok     ok     ok",
			"GET    /privacy                                                ok     ok    ok     ok      ok     ok     ok",
			"GET    /login                                                  ok     ok    ok     ok      ok     ok     ok",
			"GET    /error                                                  ok     ok    ok     ok      ok     ok     ok",
			"GET    /actuator/health                                        ok     ok    ok     ok      ok     ok     ok",
			"GET    /account                                                login  ok    ok     ok      ok     ok     ok",
			"POST   /account                                                login  ok    ok     ok      ok     ok     ok",
			"GET    /account/password                                       login  ok    ok     ok      ok     ok     ok",
			"POST   /account/password                                       login  ok    ok     ok      ok     ok     ok",
			"GET    /register                                               ok     ok    ok     ok      ok     ok     ok",
			"GET    /register/{step}                                        ok     ok    ok     ok      ok     ok     ok",
			"POST   /register/{step}                                        ok     ok    ok     ok      ok     ok     ok",
			"POST   /register/discard                                       ok     ok    ok     ok      ok     ok     ok",
			"GET    /register/received                                      ok     ok    ok     ok      ok     ok     ok",
			"GET    /register/activate                                      ok     ok    ok     ok      ok     ok     ok",
			"POST   /register/activate                                      ok     ok    ok     ok      ok     ok     ok",
			"GET    /forgot-password                                        ok     ok    ok     ok      ok     ok     ok",
			"POST   /forgot-password                                        ok     ok    ok     ok      ok     ok     ok",
			"GET    /reset-password                                         ok     ok    ok     ok      ok     ok     ok",
			"POST   /reset-password                                         ok     ok    ok     ok      ok     ok     ok",
			"GET    /activate                                               ok     ok    ok     ok      ok     ok     ok",
			"POST   /activate                                               ok     ok    ok     ok      ok     ok     ok",
			"GET    /me                                                     login  ok    403    403     403    403    403",
			"GET    /me/profile                                             login  ok    403    403     403    403    403",
			"POST   /me/profile                                             login  ok    403    403     403    403    403",
			"GET    /me/privacy                                             login  ok    403    403     403    403    403",
			"GET    /me/privacy/export.json                                 login  ok    403    403     403    403    403",
			"GET    /me/privacy/export.csv                                  login  ok    403    403     403    403    403",
			"POST   /me/privacy/deletion                                    login  ok    403    403     403    403    403",
			"POST   /me/privacy/consents/withdraw                           login  ok    403    403     403    403    403",
			"POST   /me/privacy/consents/give                               login  ok    403    403     403    403    403",
			"POST   /me/outlets/products/{id}/catalogue                     login  ok    403    403     403    403    403",
			"GET    /me/offers                                              login  ok    403    403     403    403    403",
			"GET    /me/classes                                             login  ok    403    403     403    403    403",
			"POST   /me/classes/{id}/enrol                                  login  ok    403    403     403    403    403",
			"POST   /me/classes/{id}/cancel                                 login  ok    403    403     403    403    403",
			"GET    /me/classes/{id}/certificate                            login  ok    403    403     403    403    403",
			"GET    /me/reports                                             login  ok    403    403     403    403    403",
			"POST   /me/reports                                             login  ok    403    403     403    403    403",
			"GET    /me/licences                                            login  ok    403    403     403    403    403",
			"POST   /me/licences                                            login  ok    403    403     403    403    403",
			"GET    /me/capital                                             login  ok    403    403     403    403    403",
			"POST   /me/capital                                             login  ok    403    403     403    403    403",
			"GET    /me/capital/{referralId}/pack                           login  ok    403    403     403    403    403",
			"POST   /me/capital/{referralId}/documents                      login  ok    403    403     403    403    403",
			"POST   /me/referrals/{id}/share                                login  ok    403    403     403    403    403",
			"POST   /me/referrals/{id}/unshare                              login  ok    403    403     403    403    403",
			"GET    /me/timeline                                            login  ok    403    403     403    403    403",
			"GET    /mentor                                                 login  403   ok     403     403    403    403",
			"GET    /officer                                                login  403   403    ok      ok     403    403",
			"GET    /officer/dashboard                                       login  403   403    ok      ok     403    403",
			"GET    /officer/dashboard/export/{table}.{format}               login  403   403    ok      ok     403    403",
			"POST   /officer/dashboard/refresh                               login  403   403    ok      ok     403    403",
			"GET    /officer/entrepreneurs                                  login  403   403    ok      ok     403    403",
			"GET    /officer/entrepreneurs/new                              login  403   403    ok      ok     403    403",
			"GET    /officer/entrepreneurs/new/{step}                       login  403   403    ok      ok     403    403",
			"POST   /officer/entrepreneurs/new/{step}                       login  403   403    ok      ok     403    403",
			"POST   /officer/entrepreneurs/new/discard                      login  403   403    ok      ok     403    403",
			"GET    /officer/entrepreneurs/{id}                             login  403   403    ok      ok     403    403",
			"POST   /officer/entrepreneurs/{id}/validate                    login  403   403    ok      ok     403    403",
			"POST   /officer/entrepreneurs/{id}/return                      login  403   403    ok      ok     403    403",
			"POST   /officer/entrepreneurs/{id}/reveal                      login  403   403    ok      ok     403    403",
			"POST   /officer/entrepreneurs/{id}/activation-code             login  403   403    ok      ok     403    403",
			"GET    /officer/entrepreneurs/{id}/edit                        login  403   403    ok      ok     403    403",
			"GET    /officer/registration-claims                            login  403   403    ok      ok     403    403",
			"GET    /officer/registrations                                  login  403   403    ok      ok     403    403",
			"POST   /officer/registrations/validate                         login  403   403    ok      ok     403    403",
			"POST   /officer/registration-claims/{id}/resolve               login  403   403    ok      ok     403    403",
			"POST   /officer/entrepreneurs/{id}/edit                        login  403   403    ok      ok     403    403",
			"GET    /officer/partners                                       login  403   403    ok      ok     403    403",
			"POST   /officer/partners                                       login  403   403    403     ok     403    403",
			"GET    /officer/partners/new                                   login  403   403    403     ok     403    403",
			"GET    /officer/partners/{id}                                  login  403   403    ok      ok     403    403",
			"GET    /officer/partners/{id}/edit                             login  403   403    403     ok     403    403",
			"POST   /officer/partners/{id}/edit                             login  403   403    403     ok     403    403",
			"POST   /officer/partners/{id}/contacts                         login  403   403    403     ok     403    403",
			"POST   /officer/partners/{id}/contacts/{contactId}/account     login  403   403    403     ok     403    403",
			"GET    /officer/partners/{partnerId}/offers/new                login  403   403    403     ok     403    403",
			"POST   /officer/partners/{partnerId}/offers                    login  403   403    403     ok     403    403",
			"GET    /officer/partners/{partnerId}/offers/{offerId}/edit     login  403   403    403     ok     403    403",
			"POST   /officer/partners/{partnerId}/offers/{offerId}/edit     login  403   403    403     ok     403    403",
			"GET    /officer/referrals                                      login  403   403    ok      ok     403    403",
			"POST   /officer/referrals                                      login  403   403    ok      ok     403    403",
			"GET    /officer/referrals/new                                  login  403   403    ok      ok     403    403",
			"GET    /officer/referrals/{id}                                 login  403   403    ok      ok     403    403",
			"POST   /officer/referrals/{id}/status                          login  403   403    ok      ok     403    403",
			"GET    /officer/referrals/{referralId}/pack                    login  403   403    ok      ok     403    403",
			"GET    /officer/entrepreneurs/{participantId}/licences         login  403   403    ok      ok     403    403",
			"POST   /officer/entrepreneurs/{participantId}/licences/{licenceId}/verify login  403   403    ok      ok     403    403",
			"GET    /officer/entrepreneurs/{participantId}/reports          login  403   403    ok      ok     403    403",
			"POST   /officer/entrepreneurs/{participantId}/reports/{reportId}/verify login  403   403    ok      ok     403    403",
			"POST   /officer/entrepreneurs/{participantId}/reports/{reportId}/return login  403   403    ok      ok     403    403",
			"POST   /officer/entrepreneurs/{participantId}/licences/{licenceId}/return login  403   403    ok      ok     403    403",
			"GET    /officer/entrepreneurs/{participantId}/timeline         login  403   403    ok      ok     403    403",
			"GET    /officer/licences                                       login  403   403    ok      ok     403    403",
			"GET    /officer/classes                                        login  403   403    ok      ok     403    403",
			"POST   /officer/classes                                        login  403   403    ok      ok     403    403",
			"GET    /officer/classes/new                                    login  403   403    ok      ok     403    403",
			"GET    /officer/classes/attendance-due                         login  403   403    ok      ok     403    403",
			"GET    /officer/classes/{id}                                   login  403   403    ok      ok     403    403",
			"POST   /officer/classes/{id}/sessions                          login  403   403    ok      ok     403    403",
			"POST   /officer/classes/{id}/enrolments                        login  403   403    ok      ok     403    403",
			"POST   /officer/classes/{id}/enrolments/{enrolmentId}/cancel   login  403   403    ok      ok     403    403",
			"GET    /officer/classes/{id}/sessions/{sessionId}/attendance   login  403   403    ok      ok     403    403",
			"POST   /officer/classes/{id}/sessions/{sessionId}/attendance   login  403   403    ok      ok     403    403",
			"POST   /officer/classes/{id}/certificates/{participantId}/withdraw login  403   403    ok      ok     403    403",
			"GET    /me/assessment                                           login  ok    403    403     403    403    403",
			"POST   /me/assessment                                           login  ok    403    403     403    403    403",
			"GET    /me/assessment/history                                   login  ok    403    403     403    403    403",
			"GET    /officer/entrepreneurs/{id}/assessment                   login  403   403    ok      ok     403    403",
			"POST   /officer/entrepreneurs/{id}/assessment                   login  403   403    ok      ok     403    403",
			"GET    /officer/entrepreneurs/{id}/assessment/result            login  403   403    ok      ok     403    403",
			"POST   /officer/entrepreneurs/{id}/assessment/override          login  403   403    ok      ok     403    403",
			"GET    /officer/assessments/queue                               login  403   403    ok      ok     403    403",
			"GET    /notifications                                           login  ok    ok     ok      ok     ok      ok",
			"POST   /notifications/read                                      login  ok    ok     ok      ok     ok      ok",
			"GET    /me/mentoring                                            login  ok    403    403     403    403    403",
			"POST   /me/mentoring/actions/{actionId}                         login  ok    403    403     403    403    403",
			"POST   /me/mentoring/change-request                             login  ok    403    403     403    403    403",
			"POST   /me/mentoring/language                                   login  ok    403    403     403    403    403",
			"GET    /mentor/profile                                          login  403   ok     403     403    403    403",
			"POST   /mentor/profile                                          login  403   ok     403     403    403    403",
			"GET    /mentor/mentees/{id}                                     login  403   ok     403     403    403    403",
			"GET    /mentor/mentees/{id}/sessions/new                        login  403   ok     403     403    403    403",
			"POST   /mentor/mentees/{id}/sessions                            login  403   ok     403     403    403    403",
			"GET    /mentor/mentees/{participantId}/reports                  login  403   ok     403     403    403    403",
			"POST   /mentor/mentees/{participantId}/reports/{reportId}/verify login  403   ok     403     403    403    403",
			"POST   /mentor/mentees/{participantId}/reports/{reportId}/return login  403   ok     403     403    403    403",
			"GET    /mentor/mentees/{id}/assessment                          login  403   ok     403     403    403    403",
			"POST   /mentor/mentees/{id}/assessment                          login  403   ok     403     403    403    403",
			"GET    /officer/mentors                                         login  403   403    ok      ok     403    403",
			"POST   /officer/mentors                                         login  403   403    ok      ok     403    403",
			"GET    /officer/mentors/new                                     login  403   403    ok      ok     403    403",
			"GET    /officer/mentors/{id}                                    login  403   403    ok      ok     403    403",
			"POST   /officer/mentors/{id}                                    login  403   403    ok      ok     403    403",
			"GET    /officer/assignments                                     login  403   403    ok      ok     403    403",
			"GET    /officer/assignments/bulk                                login  403   403    ok      ok     403    403",
			"POST   /officer/assignments/bulk                                login  403   403    ok      ok     403    403",
			"GET    /officer/assignments/{participantId}                     login  403   403    ok      ok     403    403",
			"POST   /officer/assignments/{participantId}                     login  403   403    ok      ok     403    403",
			"POST   /officer/assignments/{participantId}/reassign            login  403   403    ok      ok     403    403",
			"POST   /officer/assignments/{participantId}/end                 login  403   403    ok      ok     403    403",
			"POST   /officer/assignments/{participantId}/decline             login  403   403    ok      ok     403    403",
			"GET    /me/outlets                                              login  ok    403    403     403    403    403",
			"POST   /me/outlets/calls/{callId}/apply                         login  ok    403    403     403    403    403",
			"POST   /me/outlets/bookings/{id}/confirm                        login  ok    403    403     403    403    403",
			"POST   /me/outlets/bookings/{id}/decline                        login  ok    403    403     403    403    403",
			"GET    /me/outlets/bookings/{id}/sales                          login  ok    403    403     403    403    403",
			"POST   /me/outlets/bookings/{id}/sales                          login  ok    403    403     403    403    403",
			"GET    /me/outlets/products/new                                 login  ok    403    403     403    403    403",
			"POST   /me/outlets/products                                     login  ok    403    403     403    403    403",
			"GET    /me/outlets/products/{id}                                login  ok    403    403     403    403    403",
			"POST   /me/outlets/products/{id}                                login  ok    403    403     403    403    403",
			"GET    /outlets/photos/{productId}                              login  ok    ok     ok      ok     ok     ok",
			"GET    /documents/{id}                                         login  ok    ok     ok      ok     ok     ok",
			"GET    /mentor/outlets/products                                 login  403   ok     403     403    403    403",
			"GET    /mentor/outlets/products/{id}                            login  403   ok     403     403    403    403",
			"POST   /mentor/outlets/products/{id}/verify                     login  403   ok     403     403    403    403",
			"GET    /officer/outlets                                         login  403   403    ok      ok     403    403",
			"POST   /officer/outlets                                         login  403   403    ok      ok     403    403",
			"GET    /officer/outlets/new                                     login  403   403    ok      ok     403    403",
			"GET    /officer/outlets/{id}                                    login  403   403    ok      ok     403    403",
			"GET    /officer/outlets/{id}/edit                               login  403   403    ok      ok     403    403",
			"POST   /officer/outlets/{id}/edit                               login  403   403    ok      ok     403    403",
			"POST   /officer/outlets/{id}/places                             login  403   403    ok      ok     403    403",
			"POST   /officer/outlets/{id}/calls                              login  403   403    ok      ok     403    403",
			"GET    /officer/outlets/{id}/calendar                           login  403   403    ok      ok     403    403",
			"GET    /officer/outlets/calls/{id}                              login  403   403    ok      ok     403    403",
			"POST   /officer/outlets/calls/{id}/allocate                     login  403   403    ok      ok     403    403",
			"POST   /officer/outlets/calls/{id}/bookings/{bookingId}/cancel  login  403   403    ok      ok     403    403",
			"GET    /officer/outlets/curation                                login  403   403    ok      ok     403    403",
			"GET    /officer/outlets/work                                    login  403   403    ok      ok     403    403",
			"GET    /officer/outlets/sales                                   login  403   403    ok      ok     403    403",
			"GET    /officer/outlets/sales/{id}                              login  403   403    ok      ok     403    403",
			"POST   /officer/outlets/sales/{id}/confirm                      login  403   403    ok      ok     403    403",
			"POST   /officer/outlets/sales/{id}/return                       login  403   403    ok      ok     403    403",
			"GET    /officer/outlets/sales/{id}/receipts/{documentId}        login  403   403    ok      ok     403    403",
			"GET    /officer/outlets/products/{id}                           login  403   403    ok      ok     403    403",
			"POST   /officer/outlets/products/{id}/validate                  login  403   403    ok      ok     403    403",
			"POST   /officer/outlets/products/{id}/grade                     login  403   403    ok      ok     403    403",
			"GET    /admin                                                  login  403   403    403     ok     403    403",
			"GET    /admin/users                                            login  403   403    403     ok     403    403",
			"GET    /admin/users/new                                        login  403   403    403     ok     403    403",
			"GET    /admin/messages                                         login  403   403    403     ok     403    403",
			"GET    /admin/privacy/breach                                   login  403   403    403     ok     403    403",
			"POST   /admin/privacy/breach                                   login  403   403    403     ok     403    403",
			"GET    /admin/privacy/breach/{id}                              login  403   403    403     ok     403    403",
			"POST   /admin/privacy/breach/{id}/notify                       login  403   403    403     ok     403    403",
			"GET    /admin/privacy/breach/{id}/export.csv                   login  403   403    403     ok     403    403",
			"POST   /admin/messages/{id}/retry                              login  403   403    403     ok     403    403",
			"POST   /admin/users                                            login  403   403    403     ok     403    403",
			"GET    /admin/users/{id}                                       login  403   403    403     ok     403    403",
			"POST   /admin/users/{id}/deactivate                            login  403   403    403     ok     403    403",
			"POST   /admin/users/{id}/reactivate                            login  403   403    403     ok     403    403",
			"POST   /admin/users/{id}/reset                                 login  403   403    403     ok     403    403",
			"POST   /admin/users/{id}/activation                            login  403   403    403     ok     403    403",
			"GET    /admin/dashboard                                         login  403   403    403     ok     403    403",
			"GET    /admin/dashboard/export/{table}.{format}                 login  403   403    403     ok     403    403",
			"GET    /admin/dashboard/open-data.csv                           login  403   403    403     ok     403    403",
			"POST   /admin/dashboard/refresh                                 login  403   403    403     ok     403    403",
			"GET    /admin/targets                                           login  403   403    403     ok     403    403",
			"POST   /admin/targets                                           login  403   403    403     ok     403    403",
			"GET    /admin/assessments/bulk                                  login  403   403    403     ok     403    403",
			"POST   /admin/assessments/bulk                                  login  403   403    403     ok     403    403",
			"GET    /admin/assessments/bulk/{jobId}                          login  403   403    403     ok     403    403",
			"GET    /admin/personal-data                                     login  403   403    403     ok     403    403",
			"POST   /admin/personal-data/rekey                               login  403   403    403     ok     403    403",
			"GET    /admin/privacy/deletions                                login  403   403    403     ok     403    403",
			"GET    /admin/privacy/deletions/{id}                           login  403   403    403     ok     403    403",
			"POST   /admin/privacy/deletions/{id}/erase                     login  403   403    403     ok     403    403",
			"POST   /admin/privacy/deletions/{id}/refuse                    login  403   403    403     ok     403    403",
			"GET    /partner                                                login  403   403    403     403    ok     403",
			"GET    /partner/referrals/{id}                                 login  403   403    403     403    ok     403",
			"GET    /partner/products                                       login  403   403    403     403    ok     403",
			"GET    /partner/products/{id}/photo                            login  403   403    403     403    ok     403",
			"POST   /partner/referrals/{id}/status                          login  403   403    403     403    ok     403",
			"GET    /partner/referrals/{referralId}/pack                    login  403   403    403     403    ok     403",
			"GET    /partner/referrals/{referralId}/documents/{documentId}  login  403   403    403     403    ok     403",
			"GET    /pembeli/daftar                                         ok     ok    ok     ok      ok     ok      ok",
			"POST   /pembeli/daftar                                         ok     ok    ok     ok      ok     ok      ok",
			"GET    /buyer                                                  login  403   403    403     403    403     ok",
			"GET    /buyer/orders                                           login  403   403    403     403    403     ok",
			"GET    /buyer/orders/find                                      login  403   403    403     403    403     ok",
			"GET    /buyer/orders/new                                       login  403   403    403     403    403     ok",
			"POST   /buyer/orders                                           login  403   403    403     403    403     ok",
			"GET    /buyer/orders/{id}                                      login  403   403    403     403    403     ok",
			"POST   /buyer/orders/{id}/order                                login  403   403    403     403    403     ok",
			"POST   /buyer/orders/{id}/receive                              login  403   403    403     403    403     ok",
			"POST   /buyer/orders/{id}/payment                              login  403   403    403     403    403     ok",
			"POST   /buyer/orders/{id}/cancel                               login  403   403    403     403    403     ok",
			"GET    /me/orders                                              login  ok    403    403     403    403     403",
			"GET    /me/orders/{id}                                         login  ok    403    403     403    403     403",
			"POST   /me/orders/{id}/quote                                   login  ok    403    403     403    403     403",
			"POST   /me/orders/{id}/decline                                 login  ok    403    403     403    403     403",
			"POST   /me/orders/{id}/confirm                                 login  ok    403    403     403    403     403",
			"POST   /me/orders/{id}/deliver                                 login  ok    403    403     403    403     403",
			"POST   /me/orders/{id}/cancel                                  login  ok    403    403     403    403     403",
			"GET    /admin/buyers                                           login  403   403    403     ok     403     403",
			"POST   /admin/buyers                                           login  403   403    403     ok     403     403",
			"GET    /admin/buyers/new                                       login  403   403    403     ok     403     403",
			"GET    /admin/buyers/{id}                                      login  403   403    403     ok     403     403",
			"POST   /admin/buyers/{id}/buyers                               login  403   403    403     ok     403     403",
			"POST   /admin/buyers/{id}/buyers/{buyerId}/account             login  403   403    403     ok     403     403",
			"GET    /admin/buyers/requests                                  login  403   403    403     ok     403     403",
			"GET    /admin/buyers/requests/{id}                             login  403   403    403     ok     403     403",
			"POST   /admin/buyers/requests/{id}/approve                     login  403   403    403     ok     403     403",
			"POST   /admin/buyers/requests/{id}/reject                      login  403   403    403     ok     403     403",
			// method path                                                  anon   entr  mentor officer admin  partner
			// the public Katalog JakPreneur (issue 21)
			"GET    /katalog                                                ok     ok    ok     ok      ok     ok     ok",
			"GET    /katalog/produk/{key}                                   ok     ok    ok     ok      ok     ok     ok",
			"GET    /katalog/produk/{id}/tanya                              ok     ok    ok     ok      ok     ok     ok",
			"POST   /katalog/produk/{id}/tanya                              ok     ok    ok     ok      ok     ok     ok",
			"GET    /katalog/foto/{id}/{width}                              ok     ok    ok     ok      ok     ok     ok",
			"GET    /sitemap.xml                                            ok     ok    ok     ok      ok     ok     ok",
			"GET    /robots.txt                                             ok     ok    ok     ok      ok     ok     ok",
			"GET    /me/katalog                                             login  ok    403    403     403    403     403",
			"POST   /me/katalog                                             login  ok    403    403     403    403     403",
			"POST   /me/katalog/stop                                        login  ok    403    403     403    403     403",
			"POST   /me/outlets/products/{id}/listing                       login  ok    403    403     403    403     403",
	};

	/** Mappings served outside the application's own controllers, still listed in the matrix. */
	private static final Set<String> EXTRA_ROWS = Set.of("GET /actuator/health");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void everyMappingIsInTheMatrix() {
		Set<String> rows = matrix().keySet();
		Set<String> missing = new TreeSet<>();
		for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					String row = method.name() + " " + pattern;
					if (!rows.contains(row)) {
						missing.add(row);
					}
				}
			}
		}
		assertThat(missing).as("request mappings missing from the authorisation matrix").isEmpty();
	}

	@Test
	void everyRowIsEnforced() throws Exception {
		List<String> failures = new ArrayList<>();
		for (Map.Entry<String, String[]> row : matrix().entrySet()) {
			String[] methodAndPath = row.getKey().split(" ");
			String[] expected = row.getValue();
			for (int column = 0; column < expected.length; column++) {
				Role role = column == 0 ? null : Role.values()[column - 1];
				String actual = outcome(methodAndPath[0], methodAndPath[1], role);
				if (!actual.equals(expected[column])) {
					failures.add(row.getKey() + " as " + (role == null ? "anonymous" : role) + ": expected "
							+ expected[column] + " but was " + actual);
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void matrixHasNoStaleRows() {
		Set<String> mapped = new TreeSet<>(EXTRA_ROWS);
		handlerMapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(p -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			(methods.isEmpty() ? Set.of(RequestMethod.GET) : methods).forEach(m -> mapped.add(m.name() + " " + p));
		}));
		assertThat(mapped).containsAll(matrix().keySet());
	}

	private String outcome(String method, String pattern, Role role) throws Exception {
		String path = pattern.replaceAll("\\{[^}]+}", "987654321");
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path);
		if (!method.equals("GET")) {
			request.with(csrf());
		}
		if (role != null) {
			request.with(DemoUsers.as(accounts, role));
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		if (response.getStatus() == 403 || response.getStatus() == 401) {
			return "403";
		}
		if (response.getStatus() == 302 && "/login".equals(response.getRedirectedUrl())) {
			return "login";
		}
		return "ok";
	}

	private static Map<String, String[]> matrix() {
		Map<String, String[]> rows = new LinkedHashMap<>();
		for (String line : MATRIX) {
			String[] cells = line.trim().split("\\s+");
			assertThat(cells).as(line).hasSize(3 + Role.values().length);
			rows.put(cells[0] + " " + cells[1], java.util.Arrays.copyOfRange(cells, 2, cells.length));
		}
		return rows;
	}

}

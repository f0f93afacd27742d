package id.jakpreneur.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import id.jakpreneur.portal.account.query.AccountDetails;
import id.jakpreneur.portal.account.query.AccountRow;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.QueryCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Administrators search accounts, open one, deactivate and reactivate it with a reason; every action is in the
 * account's audit. (The deactivated account's session ending over real HTTP: {@link AccountDeactivationOverHttpTests}.)
 */
@PortalWebTest
class AccountAdministrationTests {

	static final String PASSWORD = "Kata-sandi-rahasia-7";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SessionLogin sessionLogin;

	/** A name part no other test uses, so a search finds only this test's accounts. */
	private static String marker() {
		return "Zx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	private long open(String name, Role role, Set<String> areas) {
		return accounts.open(new NewAccount(name.toLowerCase().replace(' ', '.') + "@example.id", name, role, PASSWORD,
				areas, false));
	}

	private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(DemoUsers.as(accounts, Role.ADMIN));
	}

	@SuppressWarnings("unchecked")
	private Page<AccountRow> search(String query) throws Exception {
		return (Page<AccountRow>) mvc.perform(asAdmin(get("/admin/users?" + query)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("accounts");
	}

	private static List<String> names(Page<AccountRow> page) {
		return page.getContent().stream().map(AccountRow::fullName).toList();
	}

	@Test
	void searchesByNameEmailRoleStatusAndArea() throws Exception {
		String m = marker();
		long selatan = open(m + " Selatan", Role.OFFICER, Set.of("31.74"));
		open(m + " Tebet", Role.MENTOR, Set.of("31.74.01"));
		open(m + " Pusat", Role.OFFICER, Set.of("31.71"));
		long awaiting = accounts.openAwaitingActivation(new NewAccount(m.toLowerCase() + ".warga@example.id",
				m + " Warga", Role.ENTREPRENEUR, PASSWORD, Set.of(), false));
		String digits = String.valueOf(10_000_000 + new java.util.Random().nextInt(89_999_999));
		accounts.open(new NewAccount(null, "0813-" + digits, m + " Telepon", Role.ENTREPRENEUR, PASSWORD, Set.of(),
				false));
		asAdminDeactivate(selatan, "Pindah tugas ke dinas lain");

		assertThat(names(search("q=" + m))).containsExactly(m + " Pusat", m + " Selatan", m + " Tebet", m + " Telepon",
				m + " Warga");
		// a mobile number, or part of it, however it is written
		assertThat(names(search("q=0813-" + digits.substring(0, 4) + "-" + digits.substring(4)))).contains(m + " Telepon");
		assertThat(names(search("q=+62 813 " + digits))).containsExactly(m + " Telepon");
		assertThat(names(search("q=" + m + "&role=ENTREPRENEUR"))).containsExactly(m + " Telepon", m + " Warga");
		// any part of a name, in any case; any part of an e-mail address
		assertThat(names(search("q=" + m.substring(3).toUpperCase() + " teb"))).containsExactly(m + " Tebet");
		assertThat(names(search("q=" + m.toLowerCase() + ".warga@"))).containsExactly(m + " Warga");
		assertThat(names(search("q=" + m + "&role=OFFICER"))).containsExactly(m + " Pusat", m + " Selatan");
		assertThat(names(search("q=" + m + "&status=DEACTIVATED"))).containsExactly(m + " Selatan");
		assertThat(names(search("q=" + m + "&status=AWAITING_ACTIVATION"))).containsExactly(m + " Warga");
		assertThat(names(search("q=" + m + "&status=ACTIVE"))).containsExactly(m + " Pusat", m + " Tebet",
				m + " Telepon");
		// a kota finds who works in it or in one of its kecamatan; a kecamatan also finds who works over it
		assertThat(names(search("q=" + m + "&area=31.74"))).containsExactly(m + " Selatan", m + " Tebet");
		assertThat(names(search("q=" + m + "&area=31.74.01"))).containsExactly(m + " Selatan", m + " Tebet");
		assertThat(names(search("q=" + m + "&area=31.71.01"))).containsExactly(m + " Pusat");
		// a LIKE wildcard is a character to find, not a wildcard
		assertThat(search("q=" + m + "%").getTotalElements()).isZero();
		assertThat(search("q=" + m).getContent()).filteredOn(row -> row.id() == awaiting)
			.singleElement()
			.satisfies(row -> assertThat(row.role()).isEqualTo(Role.ENTREPRENEUR));
	}

	@Test
	void pagesKeepTheSearchAndCostTwoStatements() throws Exception {
		String m = marker();
		for (int i = 0; i < 5; i++) {
			open(m + " Anggota" + i, Role.MENTOR, Set.of("31.72.01"));
		}
		long none = statementsOf(asAdmin(get("/admin/users?q=" + m + "-none&role=MENTOR&size=2")));
		MockHttpServletRequestBuilder secondPage = asAdmin(get("/admin/users?q=" + m + "&role=MENTOR&size=2&page=1"));
		QueryCounter.reset();
		mvc.perform(secondPage)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Halaman 2 dari 3")))
			.andExpect(content().string(containsString(m + " Anggota2")))
			.andExpect(content().string(not(containsString(m + " Anggota0"))))
			// the pager's links keep the search
			.andExpect(content().string(containsString("/admin/users?q=" + m + "&amp;role=MENTOR&amp;size=2&amp;page=2")));
		assertThat(QueryCounter.count()).as("the statements of a page that finds nothing").isEqualTo(none);
		assertThat(names(search("q=" + m + "&size=2&page=2"))).containsExactly(m + " Anggota4");
	}

	@Test
	void searchValuesThatAreNotChoicesAreMessagesBesideTheirFields() throws Exception {
		mvc.perform(asAdmin(get("/admin/users?role=KING&status=ASLEEP&area=99.99&q=" + "x".repeat(121))))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("search", "role", "status", "area", "q"))
			.andExpect(content().string(containsString("Pilihan tidak valid.")))
			.andExpect(content().string(containsString("Terlalu panjang.")));
	}

	@Test
	void theDetailShowsRoleAreaStatusLoginsSessionsAndPasswordChange() throws Exception {
		String m = marker();
		long id = open(m + " Detail", Role.OFFICER, Set.of("31.74.01"));
		mvc.perform(formLogin("/login").user(m.toLowerCase() + ".detail@example.id").password(PASSWORD))
			.andExpect(redirectedUrl("/officer"));
		assertThat(jdbc.sql("select last_login_at is not null from account where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single()).as("last login recorded").isTrue();
		long withoutAudit = statementsOf(asAdmin(get("/admin/users/" + id)));
		assertThat(detailOf(id).activeSessions()).as("the login's session").isEqualTo(1);
		asAdminDeactivate(id, "Cuti panjang di luar negeri");
		mvc.perform(asAdmin(post("/admin/users/" + id + "/reactivate")).with(csrf()).param("reason", "Sudah kembali"));
		MockHttpServletRequestBuilder detail = asAdmin(get("/admin/users/" + id));
		QueryCounter.reset();
		AccountDetails shown = (AccountDetails) mvc.perform(detail)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(m + " Detail")))
			.andExpect(content().string(containsString("Petugas program")))
			.andExpect(content().string(containsString("Tebet")))
			.andExpect(content().string(containsString("Aktif")))
			.andExpect(content().string(containsString("Sesi aktif")))
			.andExpect(content().string(containsString("Kata sandi terakhir diganti")))
			.andExpect(content().string(not(containsString("Belum pernah"))))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("account");
		assertThat(QueryCounter.count()).as("the same statements with audit rows").isEqualTo(withoutAudit);
		assertThat(shown.activeSessions()).as("the login's session ended by the deactivation").isZero();
		assertThat(shown.lastLoginAt()).isNotNull();
		mvc.perform(asAdmin(get("/admin/users/987654321"))).andExpect(status().isNotFound());
	}

	@Test
	void aDeactivatedAccountCannotLogInUntilReactivatedAndEachStepIsAudited() throws Exception {
		String m = marker();
		long id = open(m + " Nonaktif", Role.MENTOR, Set.of("31.71.01"));
		String login = m.toLowerCase() + ".nonaktif@example.id";

		asAdminDeactivate(id, "Kontrak PJLP berakhir");
		mvc.perform(formLogin("/login").user(login).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
		mvc.perform(asAdmin(post("/admin/users/" + id + "/deactivate")).with(csrf()).param("reason", "Sekali lagi"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Akun ini sudah dinonaktifkan.")));

		mvc.perform(asAdmin(post("/admin/users/" + id + "/reactivate")).with(csrf())
			.param("reason", "Kontrak diperpanjang"))
			.andExpect(redirectedUrl("/admin/users/" + id))
			.andExpect(flash().attribute("flashSuccess", "users.reactivated"));
		mvc.perform(formLogin("/login").user(login).password(PASSWORD)).andExpect(redirectedUrl("/mentor"));

		List<Map<String, Object>> audit = jdbc.sql("""
				select u.action, u.reason, a.email as actor from account_audit u join account a on a.id = u.actor_id
				where u.account_id = :id order by u.id
				""").param("id", id).query().listOfRows();
		assertThat(audit).extracting(row -> row.get("action"), row -> row.get("reason"), row -> row.get("actor"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("DEACTIVATED", "Kontrak PJLP berakhir",
					"admin@demo.local"),
					org.assertj.core.groups.Tuple.tuple("REACTIVATED", "Kontrak diperpanjang", "admin@demo.local"));
		mvc.perform(asAdmin(get("/admin/users/" + id)))
			.andExpect(content().string(containsString("Kontrak PJLP berakhir")))
			.andExpect(content().string(containsString("Diaktifkan kembali")))
			.andExpect(content().string(containsString("Admin Dinas PPKUKM")));
	}

	@Test
	void aLinkOrCodeUsedByADeactivatedAccountOpensNoSession() throws Exception {
		String m = marker();
		long id = open(m + " Tautan", Role.ENTREPRENEUR, Set.of());
		asAdminDeactivate(id, "Akun ganda, diganti akun lain");
		MockHttpServletRequest request = new MockHttpServletRequest();
		SecurityContextHolder.clearContext();
		try {
			sessionLogin.logIn(m.toLowerCase() + ".tautan@example.id", request, new MockHttpServletResponse());
			assertThat(request.getSession(false)).isNull();
			assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void anAdministratorCannotDeactivateThemselves() throws Exception {
		long self = ((PortalUser) accounts.loadUserByUsername(DemoUsers.emailOf(Role.ADMIN))).accountId();
		mvc.perform(asAdmin(get("/admin/users/" + self)))
			.andExpect(content().string(containsString("akun Anda tidak dapat Anda nonaktifkan")))
			.andExpect(content().string(not(containsString("/deactivate"))));
		mvc.perform(asAdmin(post("/admin/users/" + self + "/deactivate")).with(csrf())
			.param("reason", "Saya ingin berhenti"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Anda tidak dapat menonaktifkan akun Anda sendiri.")));
		assertThat(accounts.loadUserByUsername(DemoUsers.emailOf(Role.ADMIN)).isEnabled()).isTrue();
		assertThat(jdbc.sql("select count(*) from account_audit where account_id = :id and action = 'DEACTIVATED'")
			.param("id", self)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aReasonIsRequiredInWords() throws Exception {
		long id = open(marker() + " Alasan", Role.OFFICER, Set.of("31.71"));
		mvc.perform(asAdmin(post("/admin/users/" + id + "/deactivate")).with(csrf()).param("reason", "  "))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("reasonForm", "reason", "NotBlank"))
			.andExpect(content().string(containsString("Tuliskan alasannya.")));
		mvc.perform(asAdmin(post("/admin/users/" + id + "/deactivate")).with(csrf()).param("reason", "ok")
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("reasonForm", "reason", "Size"));
		mvc.perform(asAdmin(post("/admin/users/" + id + "/deactivate")).with(csrf()).param("reason", "x".repeat(501)))
			.andExpect(model().attributeHasFieldErrorCode("reasonForm", "reason", "Size"))
			.andExpect(content().string(containsString("Alasan harus 5 sampai 500 karakter.")));
		assertThat(accounts.loadUserByUsername(emailOf(id)).isEnabled()).isTrue();
		assertThat(jdbc.sql("select count(*) from account_audit where account_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).as("nothing audited").isZero();
	}

	@Test
	void openingAStaffAccountIsAudited() throws Exception {
		String email = "audit-" + UUID.randomUUID() + "@example.id";
		mvc.perform(asAdmin(post("/admin/users")).with(csrf())
			.param("fullName", "Rudi Audit")
			.param("email", email)
			.param("role", "ADMIN")).andExpect(status().isOk()).andExpect(model().attributeExists("slip"));
		assertThat(jdbc.sql("""
				select u.action from account_audit u join account a on a.id = u.account_id where a.email = :email
				""").param("email", email).query(String.class).list()).containsExactly("CREATED");
	}

	@Test
	void aResetLinkAndANewActivationCodeAreSentAndAuditedWithoutTheirSecret() throws Exception {
		String m = marker();
		long id = open(m + " Kirim", Role.OFFICER, Set.of("31.71"));
		mvc.perform(asAdmin(post("/admin/users/" + id + "/reset")).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + id))
			.andExpect(flash().attribute("flashSuccess", "users.reset.sent"));
		String slipPage = mvc.perform(asAdmin(post("/admin/users/" + id + "/activation")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("slip"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String code = ((id.jakpreneur.portal.account.ActivationSlip) mvc
			.perform(asAdmin(post("/admin/users/" + id + "/activation")).with(csrf()))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("slip")).code();
		assertThat(slipPage).contains(m + " Kirim");
		List<Map<String, Object>> audit = jdbc.sql("select action, reason from account_audit where account_id = :id order by id")
			.param("id", id)
			.query()
			.listOfRows();
		assertThat(audit).extracting(row -> row.get("action"))
			.containsExactly("RESET_SENT", "ACTIVATION_SENT", "ACTIVATION_SENT");
		assertThat(audit).allSatisfy(row -> assertThat(row.get("reason")).isNull());
		assertThat(jdbc.sql("select count(*) from account_audit where reason like :code")
			.param("code", "%" + code + "%")
			.query(Long.class)
			.single()).isZero();

		asAdminDeactivate(id, "Tidak bertugas lagi di sini");
		mvc.perform(asAdmin(post("/admin/users/" + id + "/reset")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aktifkan kembali dulu")));
		mvc.perform(asAdmin(post("/admin/users/" + id + "/activation")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeDoesNotExist("slip"));
	}

	@Test
	void otherRolesCannotAdministerAccounts() throws Exception {
		long id = open(marker() + " Dijaga", Role.OFFICER, Set.of("31.71"));
		for (Role role : List.of(Role.OFFICER, Role.MENTOR, Role.ENTREPRENEUR, Role.PARTNER)) {
			mvc.perform(post("/admin/users/" + id + "/deactivate").with(DemoUsers.as(accounts, role))
				.with(csrf())
				.param("reason", "Coba-coba saja")).andExpect(status().isForbidden());
		}
		assertThat(accounts.loadUserByUsername(emailOf(id)).isEnabled()).isTrue();
	}

	private AccountDetails detailOf(long id) throws Exception {
		return (AccountDetails) mvc.perform(asAdmin(get("/admin/users/" + id)))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("account");
	}

	private long statementsOf(MockHttpServletRequestBuilder request) throws Exception {
		QueryCounter.reset();
		mvc.perform(request).andExpect(status().isOk());
		return QueryCounter.count();
	}

	private String emailOf(long id) {
		return jdbc.sql("select email from account where id = :id").param("id", id).query(String.class).single();
	}

	private void asAdminDeactivate(long id, String reason) throws Exception {
		mvc.perform(asAdmin(post("/admin/users/" + id + "/deactivate")).with(csrf()).param("reason", reason))
			.andExpect(redirectedUrl("/admin/users/" + id))
			.andExpect(flash().attribute("flashSuccess", "users.deactivated"));
	}

}

package id.jakpreneur.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.dashboard.domain.SummaryRefresh;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.partner.CapitalDecision;
import id.jakpreneur.portal.partner.OfferKind;
import id.jakpreneur.portal.partner.OfferTarget;
import id.jakpreneur.portal.partner.PartnerDraft;
import id.jakpreneur.portal.partner.PartnerKind;
import id.jakpreneur.portal.partner.PartnerManagement;
import id.jakpreneur.portal.partner.ReferralStatus;
import id.jakpreneur.portal.partner.Referrals;
import id.jakpreneur.portal.partner.domain.OfferDraft;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Capital asked, approved and disbursed on the province dashboard, by kota and by partner, after a refresh: three
 * applications in two kota to two partners, one disbursed, one only approved, one still under review, dated 2019:
 * the figures of each kota grow by exactly theirs, and the two new partners show exactly theirs.
 */
@PortalWebTest
class DashboardCapitalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SummaryRefresh refresh;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	PartnerManagement partners;

	@Autowired
	Referrals referrals;

	@Test
	void capitalIsCountedByKotaAndByPartner() throws Exception {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		PortalUser admin = people.user("admin@demo.local");
		String tag = UUID.randomUUID().toString().substring(0, 6);
		long north = partners.create(admin, new PartnerDraft(PartnerKind.BANK, "Bank Utara " + tag, null, null, null));
		long south = partners.create(admin, new PartnerDraft(PartnerKind.BANK, "Bank Selatan " + tag, null, null, null));
		long northOffer = offer(north);
		long southOffer = offer(south);
		LocalDate today = LocalDate.now();
		refresh.refresh();
		Map<String, List<Long>> before = figures(page(), "capital-area");

		long a = application(people, "31.71.01.1001", northOffer, 10_000_000);
		move(a, ReferralStatus.APPROVED, new CapitalDecision(8_000_000L, 12, "KUR", today, null, null));
		move(a, ReferralStatus.COMPLETED, new CapitalDecision(null, null, null, null, 7_500_000L, today));
		long b = application(people, "31.71.01.1002", southOffer, 4_000_000);
		move(b, ReferralStatus.APPROVED, new CapitalDecision(4_000_000L, 6, "Kredit Usaha", today, null, null));
		long c = application(people, "31.74.01.1001", southOffer, 2_000_000);
		jdbc.update("update partner_referral set created_at = timestamptz '2019-06-01 10:00+07' where id in (?, ?, ?)",
				a, b, c);
		refresh.refresh();

		Document page = page();
		Map<String, List<Long>> after = figures(page, "capital-area");
		assertThat(added(before, after, "Kota Administrasi Jakarta Pusat"))
			.containsExactly(2L, 14_000_000L, 2L, 12_000_000L, 1L, 7_500_000L);
		assertThat(added(before, after, "Kota Administrasi Jakarta Selatan"))
			.containsExactly(1L, 2_000_000L, 0L, 0L, 0L, 0L);
		assertThat(DashboardPages.rows(page, "capital-partner")).containsSubsequence(
				List.of("Bank Utara " + tag, "1", "10.000.000", "1", "8.000.000", "1", "7.500.000"),
				List.of("Bank Selatan " + tag, "2", "6.000.000", "1", "4.000.000", "0", "0"));
	}

	private Document page() throws Exception {
		return Jsoup.parse(mvc.perform(get("/admin/dashboard?year=2019").with(DemoUsers.as(accounts, Role.ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** Each row's numbers by its first cell. */
	private static Map<String, List<Long>> figures(Document page, String table) {
		Map<String, List<Long>> rows = new HashMap<>();
		for (List<String> row : DashboardPages.rows(page, table)) {
			rows.put(row.get(0), row.stream().skip(1).map(v -> Long.parseLong(v.replace(".", ""))).toList());
		}
		return rows;
	}

	private static List<Long> added(Map<String, List<Long>> before, Map<String, List<Long>> after, String row) {
		List<Long> was = before.getOrDefault(row, List.of(0L, 0L, 0L, 0L, 0L, 0L));
		List<Long> is = after.get(row);
		return java.util.stream.IntStream.range(0, is.size()).mapToObj(i -> is.get(i) - was.get(i)).toList();
	}

	private long offer(long partnerId) {
		return partners.addOffer(partnerId, new OfferDraft(OfferKind.CAPITAL, "Kredit", "Pinjaman",
				OfferTarget.everyone(), true));
	}

	private long application(TestParticipants people, String village, long offer, long amount) {
		TestParticipants.Registered who = people.registerValidated("Pemohon " + village, village, Sector.KULINER);
		long id = referrals.apply(people.user(who.email()), offer, amount, "Menambah modal kerja usaha");
		referrals.changeStatus(people.user("admin@demo.local"), id, ReferralStatus.ACCEPTED, "");
		return id;
	}

	private void move(long id, ReferralStatus status, CapitalDecision decision) {
		referrals.changeStatus((PortalUser) accounts.loadUserByUsername("admin@demo.local"), id, status, "", false,
				decision);
	}

}

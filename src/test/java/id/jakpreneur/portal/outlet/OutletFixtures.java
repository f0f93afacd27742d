package id.jakpreneur.portal.outlet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.outlet.domain.CallDraft;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.OutletDraft;
import id.jakpreneur.portal.outlet.domain.OutletKind;
import id.jakpreneur.portal.outlet.domain.OutletManagement;
import id.jakpreneur.portal.outlet.domain.OutletRules;
import id.jakpreneur.portal.outlet.domain.PlaceDraft;
import id.jakpreneur.portal.outlet.domain.PlaceKind;
import id.jakpreneur.portal.outlet.domain.ProductCuration;
import id.jakpreneur.portal.outlet.domain.ProductDraft;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.support.TestParticipants;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Unique outlets, calls and curated participants for tests sharing one database, made through the real services
 * (the demo officer of Jakarta Pusat, the demo mentor of Gambir and Menteng).
 */
public class OutletFixtures {

	public static final ZoneId JAKARTA = Jakarta.ZONE;

	public static final String GAMBIR = "31.71.01.1001";

	private final OutletManagement outlets;

	private final ProductCuration curation;

	private final TestParticipants people;

	public OutletFixtures(OutletManagement outlets, ProductCuration curation, Registration registration,
			ParticipantRecords records, AccountManagement accounts) {
		this.outlets = outlets;
		this.curation = curation;
		this.people = new TestParticipants(registration, records, accounts);
	}

	public PortalUser officer() {
		return people.user("officer@demo.local");
	}

	public PortalUser user(String email) {
		return people.user(email);
	}

	public static LocalDate today() {
		return LocalDate.now(JAKARTA);
	}

	/** The call and its bookings as if they had ended {@code daysAgo} days ago (a week long). */
	public static void endCall(JdbcTemplate jdbc, long callId, int daysAgo) {
		LocalDate end = today().minusDays(daysAgo);
		LocalDate start = end.minusDays(6);
		jdbc.update("update outlet_call set starts_on = ?, ends_on = ?, apply_until = ? where id = ?",
				java.sql.Date.valueOf(start), java.sql.Date.valueOf(end), java.sql.Date.valueOf(start.minusDays(1)), callId);
		jdbc.update("update outlet_application set period = daterange(?, ?, '[]') where call_id = ? and period is not null",
				java.sql.Date.valueOf(start), java.sql.Date.valueOf(end), callId);
	}

	/** An open outlet in Gambir taking every category, no licence, any grade. */
	public Outlet outlet(int places, int maxConsecutive) {
		return outlet(places, new OutletRules(Set.of(), null, Set.of(), null, 100_000, new BigDecimal("20"),
				maxConsecutive));
	}

	public Outlet outlet(int places, OutletRules rules) {
		long id = outlets.create(officer(), new OutletDraft("Gerai Uji " + UUID.randomUUID(), OutletKind.BAZAAR, null,
				"Jl. Uji No. 1", GAMBIR, "Setiap hari 08.00–20.00", rules));
		List<Long> placeIds = new ArrayList<>();
		for (int i = 1; i <= places; i++) {
			placeIds.add(outlets.addPlace(officer(), id, new PlaceDraft("P" + i, PlaceKind.TENT, 2)));
		}
		return new Outlet(id, placeIds);
	}

	/** A call for next week, applications open until tomorrow, one day to confirm. */
	public long call(Outlet outlet) {
		LocalDate start = today().plusDays(7);
		return outlets.openCall(officer(), outlet.id(), new CallDraft(start, start.plusDays(6), today().plusDays(1), 1));
	}

	/** A validated participant in Gambir with one product graded {@code grade} through the whole curation. */
	public Curated curated(String name, Grade grade) {
		return curated(name, grade, Sector.KULINER);
	}

	/** The same, for a business and product of this sector. */
	public Curated curated(String name, Grade grade, Sector sector) {
		TestParticipants.Registered p = people.registerValidated(name, GAMBIR, sector);
		PortalUser user = people.user(p.email());
		long product = curation.submit(user, new ProductDraft("Produk " + name, sector, 15_000, "Kotak kertas",
				null, null, null), PhotoFixtures.png());
		curation.verify(people.user("mentor@demo.local"), product, true, null);
		curation.validate(officer(), product, true, null);
		curation.grade(officer(), product, grade, "Catatan kurator");
		return new Curated(p.id(), user, product, p.email());
	}

	/** Rules that need halal and SPP-IRT for kuliner, grade B or better. */
	public static OutletRules foodRules() {
		return new OutletRules(EnumSet.of(Sector.KULINER), Grade.B, EnumSet.of(LicenceType.SPP_IRT, LicenceType.HALAL),
				null, 0, BigDecimal.ZERO, 2);
	}

	/** An outlet's id and its places' ids. */
	public record Outlet(long id, List<Long> places) {
	}

	/** A participant with a graded product. */
	public record Curated(long participantId, PortalUser user, long productId, String email) {
	}

}

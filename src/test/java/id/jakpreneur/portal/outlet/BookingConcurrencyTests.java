package id.jakpreneur.portal.outlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.outlet.domain.Bookings;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.OutletManagement;
import id.jakpreneur.portal.outlet.domain.PlaceTakenException;
import id.jakpreneur.portal.outlet.domain.ProductCuration;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A place can never hold two bookings for overlapping dates, whatever the application does: fifty officers' requests
 * allocate one place to fifty applicants at the same moment, and exactly one wins; the others get the "place taken"
 * refusal (a message for the officer), never another error. The table refuses an overlapping booking written
 * directly too.
 */
@PortalWebTest
class BookingConcurrencyTests {

	private static final int APPLICANTS = 50;

	@Autowired
	OutletManagement outlets;

	@Autowired
	ProductCuration curation;

	@Autowired
	Bookings bookings;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void fiftySimultaneousAllocationsOfOnePlaceGiveExactlyOneBooking() throws Exception {
		OutletFixtures fixtures = new OutletFixtures(outlets, curation, registration, records, accounts);
		OutletFixtures.Outlet outlet = fixtures.outlet(1, 2);
		long callId = fixtures.call(outlet);
		long placeId = outlet.places().get(0);
		List<Long> applications = new ArrayList<>();
		for (int i = 0; i < APPLICANTS; i++) {
			OutletFixtures.Curated c = fixtures.curated("Peserta Serentak " + i, Grade.B);
			applications.add(bookings.apply(c.user(), callId, c.productId()));
		}

		ExecutorService pool = Executors.newFixedThreadPool(APPLICANTS);
		CountDownLatch ready = new CountDownLatch(APPLICANTS);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<String>> results = new ArrayList<>();
		try {
			for (long application : applications) {
				Callable<String> allocate = () -> {
					ready.countDown();
					go.await();
					try {
						bookings.allocate(fixtures.officer(), callId, application, placeId);
						return "won";
					}
					catch (PlaceTakenException ex) {
						return ex.messageKey();
					}
				};
				results.add(pool.submit(allocate));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			List<String> outcomes = new ArrayList<>();
			for (Future<String> result : results) {
				outcomes.add(result.get(120, TimeUnit.SECONDS));
			}
			assertThat(outcomes).filteredOn("won"::equals).hasSize(1);
			assertThat(outcomes).filteredOn("outlet.allocate.placeTaken"::equals).hasSize(APPLICANTS - 1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.queryForObject("""
				select count(*) from outlet_application
				where place_id = ? and status in ('OFFERED', 'CONFIRMED', 'REPORTED')
				""", Integer.class, placeId)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from outlet_application where call_id = ? and status = 'APPLIED'",
				Integer.class, callId)).isEqualTo(APPLICANTS - 1);
	}

	@Test
	void theTableItselfRefusesAnOverlappingBookingOfAPlace() {
		OutletFixtures fixtures = new OutletFixtures(outlets, curation, registration, records, accounts);
		OutletFixtures.Outlet outlet = fixtures.outlet(1, 2);
		long callId = fixtures.call(outlet);
		OutletFixtures.Curated a = fixtures.curated("Peserta Langsung A", Grade.A);
		OutletFixtures.Curated b = fixtures.curated("Peserta Langsung B", Grade.A);
		long first = bookings.apply(a.user(), callId, a.productId());
		long second = bookings.apply(b.user(), callId, b.productId());
		bookings.allocate(fixtures.officer(), callId, first, outlet.places().get(0));
		String overlapping = """
				update outlet_application set status = 'OFFERED', place_id = ?, period = daterange(?, ?, '[]'),
				  offered_at = now(), confirm_by = now() + interval '1 day' where id = ?
				""";
		java.time.LocalDate start = OutletFixtures.today().plusDays(13);
		assertThatThrownBy(() -> jdbc.update(overlapping, outlet.places().get(0), Date.valueOf(start),
				Date.valueOf(start.plusDays(3)), second))
			.isInstanceOf(DataIntegrityViolationException.class)
			.satisfies(ex -> assertThat(Bookings.isExclusionViolation(ex)).isTrue());
		// the day after the period is free
		java.time.LocalDate after = OutletFixtures.today().plusDays(14);
		assertThat(jdbc.update(overlapping, outlet.places().get(0), Date.valueOf(after), Date.valueOf(after.plusDays(2)),
				second)).isEqualTo(1);
	}

}

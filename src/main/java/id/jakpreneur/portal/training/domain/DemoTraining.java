package id.jakpreneur.portal.training.domain;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.partner.PartnerManagement;
import id.jakpreneur.portal.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A demo class for the demo entrepreneur: basic kuliner training in Gambir, two sessions on the coming Mondays,
 * trained by the demo partner Bank DKI. Only in demo mode; idempotent (by title), all or nothing.
 */
@Component
@Order(21)
@ConditionalOnBooleanProperty("jakpreneur.demo.enabled")
class DemoTraining implements DemoData {

	static final String TITLE = "Kelas Dasar Kuliner Gambir";

	private static final Logger log = LoggerFactory.getLogger(DemoTraining.class);

	private final TrainingClasses classes;

	private final PartnerManagement partners;

	private final AccountManagement accounts;

	private final TrainingClassRepository rows;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoTraining(TrainingClasses classes, PartnerManagement partners, AccountManagement accounts, TrainingClassRepository rows,
			TransactionTemplate transaction, Clock clock) {
		this.clock = clock;
		this.classes = classes;
		this.partners = partners;
		this.accounts = accounts;
		this.rows = rows;
		this.transaction = transaction;
	}

	@Override
	public void createDemoData() {
		if (rows.existsByTitle(TITLE)) {
			return;
		}
		transaction.executeWithoutResult(status -> create());
		log.info("Demo mode is on: demo class '{}' created", TITLE);
	}

	private void create() {
		PortalUser officer = (PortalUser) accounts.loadUserByUsername("officer@demo.local");
		Long bankDki = partners.choices()
			.stream()
			.filter(p -> p.name().equals("Bank DKI"))
			.map(p -> p.id())
			.findFirst()
			.orElse(null);
		long id = classes.create(officer, new ClassDraft(TITLE, Sector.KULINER, "31.71", "31.71.01", 30, 2, bankDki,
				bankDki == null ? "Dinas PPKUKM DKI Jakarta" : null));
		var monday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		String place = "Aula Kantor Kecamatan Gambir";
		classes.addSession(officer, id, new SessionDraft(monday, LocalTime.of(9, 0), LocalTime.of(12, 0), place));
		classes.addSession(officer, id,
				new SessionDraft(monday.plusWeeks(1), LocalTime.of(9, 0), LocalTime.of(12, 0), place));
	}

}

package id.jakpreneur.portal.entrepreneur.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.EmailTakenException;
import id.jakpreneur.portal.entrepreneur.BusinessDetails;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.SalesChannel;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo entrepreneur (warga@demo.local): a kuliner business in Gambir, registered like any citizen, only
 * in demo mode. Idempotent.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("jakpreneur.demo.enabled")
class DemoParticipants implements DemoData {

	static final String EMAIL = "warga@demo.local";

	private static final Logger log = LoggerFactory.getLogger(DemoParticipants.class);

	private final Registration registration;

	private final AccountManagement accounts;

	private final String noticeVersion;

	DemoParticipants(Registration registration, AccountManagement accounts,
			@Value("${jakpreneur.privacy.version}") String noticeVersion) {
		this.registration = registration;
		this.accounts = accounts;
		this.noticeVersion = noticeVersion;
	}

	@Override
	public void createDemoData() {
		if (!accounts.isEmailFree(EMAIL)) {
			return;
		}
		PersonDetails person = new PersonDetails("Siti Rahmawati", "3171015203880001", "3171010101230004", Gender.FEMALE,
				LocalDate.of(1988, 3, 12), "+6281234567890", "Jl. Kebon Kelapa No. 12, RT 003/RW 004", "31.71.01.1001",
				Set.of(TargetGroup.JOB_SEEKER));
		BusinessDetails business = new BusinessDetails(BusinessStage.RUNNING, "Nasi Uduk Bu Siti", Sector.KULINER,
				"Nasi uduk, gorengan, dan kue basah untuk sarapan", LocalDate.of(2023, 6, 1), 4_500_000, 9_000_000, 1,
				EnumSet.of(SalesChannel.OFFLINE, SalesChannel.SOCIAL_MEDIA), Map.of(LicenceType.NIB, "9120301234567"),
				false, false);
		try {
			registration.register(new NewRegistration(EMAIL, DemoPassword.VALUE, person, business, noticeVersion,
					RegistrationChannel.ONLINE, null));
			log.info("Demo mode is on: demo entrepreneur {} registered", EMAIL);
		}
		catch (EmailTakenException | NikTakenException ex) {
			// another instance registered it at the same moment
		}
	}

	/** The shared demo password of the route map. */
	static final class DemoPassword {

		static final String VALUE = "jakpreneur-demo";

		private DemoPassword() {
		}

	}

}

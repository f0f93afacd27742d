package id.jakpreneur.portal.entrepreneur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.entrepreneur.domain.ConsentRefusedException;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Contract 3: consents per purpose. Registration gives PARTICIPATION; giving is idempotent while active; a
 * withdrawal shows at once in the published view and publishes ConsentWithdrawn; giving again is a new consent.
 */
@PortalWebTest
@Import(ConsentsTests.Withdrawals.class)
class ConsentsTests {

	@Autowired
	Consents consents;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Withdrawals withdrawals;

	@TestConfiguration
	static class Withdrawals {

		final List<ConsentWithdrawn> seen = new ArrayList<>();

		@EventListener
		void on(ConsentWithdrawn event) {
			seen.add(event);
		}

	}

	@Test
	void registrationGivesParticipationAndEachPurposeIsASeparateRevocableChoice() {
		long id = new TestParticipants(registration, records, accounts)
			.register("Persetujuan Uji", "31.71.01.1001", Sector.KULINER, 5_000_000)
			.id();
		assertThat(consents.of(id)).filteredOn(c -> c.purpose() == ConsentPurpose.PARTICIPATION).singleElement()
			.satisfies(c -> {
				assertThat(c.textVersion()).isEqualTo("2026.1");
				assertThat(c.active()).isTrue();
			});

		ConsentView catalogue = consents.give(id, ConsentPurpose.CATALOGUE, null, "catalogue-2026-12");
		assertThat(consents.give(id, ConsentPurpose.CATALOGUE, null, "catalogue-2026-12").id()).isEqualTo(catalogue.id());
		consents.give(id, ConsentPurpose.PARTNER_SHARING, 41L, "partner-sharing-2026-12");
		consents.give(id, ConsentPurpose.PARTNER_SHARING, 42L, "partner-sharing-2026-12");
		assertThat(activeInView(id, "CATALOGUE")).isEqualTo(1);

		consents.withdraw(id, ConsentPurpose.CATALOGUE, null);
		assertThat(consents.isGiven(id, ConsentPurpose.CATALOGUE, null)).isFalse();
		assertThat(activeInView(id, "CATALOGUE")).isZero();
		assertThat(withdrawals.seen).anySatisfy(e -> {
			assertThat(e.participantId()).isEqualTo(id);
			assertThat(e.purpose()).isEqualTo(ConsentPurpose.CATALOGUE);
		});
		int events = withdrawals.seen.size();
		consents.withdraw(id, ConsentPurpose.CATALOGUE, null);
		assertThat(withdrawals.seen).hasSize(events);

		consents.withdraw(id, ConsentPurpose.PARTNER_SHARING, 41L);
		assertThat(consents.isGiven(id, ConsentPurpose.PARTNER_SHARING, 41L)).isFalse();
		assertThat(consents.isGiven(id, ConsentPurpose.PARTNER_SHARING, 42L)).isTrue();

		ConsentView again = consents.give(id, ConsentPurpose.CATALOGUE, null, "catalogue-2026-12");
		assertThat(again.id()).isNotEqualTo(catalogue.id());
		assertThat(consents.of(id)).filteredOn(c -> c.purpose() == ConsentPurpose.CATALOGUE).hasSize(2);
	}

	@Test
	void aReferenceBelongsOnlyToPartnerSharingInTheAggregateAndInTheDatabase() {
		long id = new TestParticipants(registration, records, accounts)
			.register("Persetujuan Rujukan", "31.71.01.1001", Sector.KULINER, 5_000_000)
			.id();
		assertThatThrownBy(() -> consents.give(id, ConsentPurpose.PARTNER_SHARING, null, "v1"))
			.isInstanceOf(ConsentRefusedException.class);
		assertThatThrownBy(() -> consents.give(id, ConsentPurpose.CATALOGUE, 5L, "v1"))
			.isInstanceOf(ConsentRefusedException.class);
		assertThatThrownBy(() -> consents.give(id, ConsentPurpose.MESSAGES, null, " "))
			.isInstanceOf(ConsentRefusedException.class);
		assertThatThrownBy(() -> jdbc.sql("""
				insert into consent (participant_id, purpose, reference_id, text_version) values (:id, 'CATALOGUE', 5, 'v1')
				""").param("id", id).update()).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.sql("""
				insert into consent (participant_id, purpose, text_version) values (:id, 'PARTICIPATION', 'v2')
				""").param("id", id).update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	private int activeInView(long participantId, String purpose) {
		return jdbc.sql("""
				select count(*) from participant_consent
				where participant_id = :id and purpose = :purpose and withdrawn_at is null
				""").param("id", participantId).param("purpose", purpose).query(Integer.class).single();
	}

}

package id.jakpreneur.portal.entrepreneur;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import id.jakpreneur.portal.entrepreneur.domain.Consent;
import id.jakpreneur.portal.entrepreneur.domain.ConsentRefusedException;
import id.jakpreneur.portal.entrepreneur.domain.ConsentRepository;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's consents, each to one purpose (partner sharing: to one referral), given against the version of
 * the text the asking module showed her. The caller has checked that the participant herself gives or withdraws.
 * A withdrawal takes effect in its transaction: partners' SQL filters on the published view
 * {@code participant_consent}, and {@link ConsentWithdrawn} lets the rest stop at once.
 */
@Service
@Transactional
public class Consents {

	private final ConsentRepository consents;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Consents(ConsentRepository consents, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.consents = consents;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records the participant's own consent; while one is active for the purpose and reference, returns it unchanged.
	 * @throws ConsentRefusedException when the reference does not fit the purpose or the text version is missing
	 * @throws NotFoundException when there is no such participant
	 */
	public ConsentView give(long participantId, ConsentPurpose purpose, Long referenceId, String textVersion) {
		Consent consent = new Consent(participantId, purpose, referenceId, textVersion, clock.instant());
		lockParticipant(participantId);
		return consents.findByParticipantIdAndPurposeAndReferenceIdAndWithdrawnAtIsNull(participantId, purpose,
				referenceId)
			.orElseGet(() -> consents.saveAndFlush(consent))
			.view();
	}

	/** Withdraws the active consent at once and publishes {@link ConsentWithdrawn}; nothing when none is active. */
	public void withdraw(long participantId, ConsentPurpose purpose, Long referenceId) {
		lockParticipant(participantId);
		Instant now = clock.instant();
		consents.findByParticipantIdAndPurposeAndReferenceIdAndWithdrawnAtIsNull(participantId, purpose, referenceId)
			.filter(consent -> consent.withdraw(now))
			.ifPresent(consent -> {
				consents.flush();
				events.publishEvent(new ConsentWithdrawn(participantId, purpose, referenceId, now));
			});
	}

	@Transactional(readOnly = true)
	public boolean isGiven(long participantId, ConsentPurpose purpose, Long referenceId) {
		return consents.findByParticipantIdAndPurposeAndReferenceIdAndWithdrawnAtIsNull(participantId, purpose,
				referenceId)
			.isPresent();
	}

	/**
	 * Every consent of the participant, given or withdrawn, newest first; a partner-sharing consent with its
	 * partner's name and offer's title from partner's published view {@code referral_partner}.
	 */
	@Transactional(readOnly = true)
	public List<ConsentView> of(long participantId) {
		return jdbc.sql("""
				select c.id, c.purpose, c.reference_id, c.text_version, c.given_at, c.withdrawn_at,
				       rp.partner_name, rp.offer_title
				from consent c
				left join referral_partner rp on c.purpose = 'PARTNER_SHARING' and rp.referral_id = c.reference_id
				where c.participant_id = :participantId order by c.given_at desc, c.id desc
				""")
			.param("participantId", participantId)
			.query((rs, n) -> new ConsentView(rs.getLong("id"), ConsentPurpose.valueOf(rs.getString("purpose")),
					rs.getObject("reference_id", Long.class), rs.getString("text_version"),
					rs.getTimestamp("given_at").toInstant(),
					rs.getTimestamp("withdrawn_at") == null ? null : rs.getTimestamp("withdrawn_at").toInstant(),
					rs.getString("partner_name"), rs.getString("offer_title")))
			.list();
	}

	/** One change to a participant's consents at a time, so two clicks cannot give the same consent twice. */
	private void lockParticipant(long participantId) {
		jdbc.sql("select id from participant where id = :id for no key update")
			.param("id", participantId)
			.query(Long.class)
			.optional()
			.orElseThrow(NotFoundException::new);
	}

}

package id.jakpreneur.portal.partner.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.jakpreneur.portal.entrepreneur.ErasureHold;
import id.jakpreneur.portal.entrepreneur.PersonalDataHolder;
import id.jakpreneur.portal.entrepreneur.RefusalReason;
import id.jakpreneur.portal.partner.Referrals;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the partner module holds about a participant: her referrals and capital applications, with the free text
 * written about her (the officer's note, the purpose she gave, the partner's notes and reasons). The export gives her
 * the referrals, the figures of her applications and the notes the partner showed her; erasure removes the free text
 * and keeps statuses, dates and amounts, which identify no one once the participant is anonymised and which the
 * dashboards' capital figures count. An open capital application holds the erasure: the bank must keep it (decision
 * 109).
 */
@Component
class PartnerPersonalData implements PersonalDataHolder, ErasureHold {

	/** Stands for an erased rejection reason: a rejected referral must keep one (partner_referral_reason_ck). */
	static final String ERASED = "-";

	private final JdbcClient jdbc;

	private final Referrals referrals;

	PartnerPersonalData(JdbcClient jdbc, @Lazy Referrals referrals) {
		this.jdbc = jdbc;
		this.referrals = referrals;
	}

	@Override
	public Optional<RefusalReason> holds(long participantId) {
		return referrals.hasOpenCapitalApplication(participantId) ? Optional.of(RefusalReason.OPEN_CAPITAL_APPLICATION)
				: Optional.empty();
	}

	@Override
	public String name() {
		return "referrals";
	}

	@Override
	public Object export(long participantId) {
		List<Map<String, Object>> referrals = jdbc.sql("""
				select r.id, org.name as partner, o.title as offer, r.status, r.created_at, r.note,
				       c.amount as requested, c.purpose, c.approved_amount, c.tenor_months, c.product, c.decided_on,
				       c.disbursed_amount, c.disbursed_on,
				       (select string_agg(e.status || ': ' || e.reason, ' | ' order by e.changed_at, e.id)
				        from partner_referral_event e
				        where e.referral_id = r.id and e.shown_to_participant and e.reason is not null) as partner_notes
				from partner_referral r
				join partner_offer o on o.id = r.offer_id
				join partner_organisation org on org.id = r.partner_id
				left join capital_application c on c.referral_id = r.id
				where r.participant_id = :participantId order by r.created_at, r.id
				""").param("participantId", participantId).query().listOfRows();
		return referrals;
	}

	@Override
	public int erase(long participantId) {
		int referrals = jdbc.sql("""
				update partner_referral set note = null,
				       reason = case when status = 'REJECTED' then :erased end
				where participant_id = :participantId
				""").param("participantId", participantId).param("erased", ERASED).update();
		int events = jdbc.sql("""
				update partner_referral_event set reason = case when status = 'REJECTED' then :erased end
				where referral_id in (select id from partner_referral where participant_id = :participantId)
				""").param("participantId", participantId).param("erased", ERASED).update();
		int applications = jdbc.sql("""
				update capital_application set purpose = null
				where referral_id in (select id from partner_referral where participant_id = :participantId)
				""").param("participantId", participantId).update();
		return referrals + events + applications;
	}

}

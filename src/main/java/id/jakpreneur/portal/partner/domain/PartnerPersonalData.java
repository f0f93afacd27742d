package id.jakpreneur.portal.partner.domain;

import java.util.LinkedHashMap;
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
 * The partner module's personal data about a participant: her referrals and capital applications (the notes and
 * reasons written about her, the purpose she gave). An erasure blanks the texts and keeps the pipeline (offer,
 * partner, status, dates, amount) for the statistics; an open capital application holds the erasure (the bank must
 * keep it, decision 109).
 */
@Component
class PartnerPersonalData implements PersonalDataHolder, ErasureHold {

	private final JdbcClient jdbc;

	private final Referrals referrals;

	PartnerPersonalData(JdbcClient jdbc, @Lazy Referrals referrals) {
		this.jdbc = jdbc;
		this.referrals = referrals;
	}

	@Override
	public String name() {
		return "referrals";
	}

	@Override
	public Optional<RefusalReason> holds(long participantId) {
		return referrals.hasOpenCapitalApplication(participantId) ? Optional.of(RefusalReason.OPEN_CAPITAL_APPLICATION)
				: Optional.empty();
	}

	@Override
	public Object export(long participantId) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("referrals", jdbc.sql("""
				select r.id, r.offer_id, r.partner_id, r.status, r.note, r.reason, r.created_at::text as created_at,
				       c.amount as capital_amount, c.purpose as capital_purpose,
				       c.approved_amount, c.tenor_months, c.product, c.disbursed_amount, c.disbursed_on::text as disbursed_on
				from partner_referral r left join capital_application c on c.referral_id = r.id
				where r.participant_id = :id order by r.created_at, r.id
				""").param("id", participantId).query().listOfRows());
		data.put("events", jdbc.sql("""
				select e.referral_id, e.status, e.reason, e.changed_at::text as changed_at
				from partner_referral_event e join partner_referral r on r.id = e.referral_id
				where r.participant_id = :id order by e.changed_at, e.id
				""").param("id", participantId).query().listOfRows());
		return data;
	}

	@Override
	public int erase(long participantId) {
		int rows = jdbc.sql("""
				update partner_referral set note = null,
				  reason = case when reason is null then null else :erased end
				where participant_id = :id
				""").param("erased", ERASED_TEXT).param("id", participantId).update();
		rows += jdbc.sql("""
				update partner_referral_event e set reason = :erased
				from partner_referral r where r.id = e.referral_id and r.participant_id = :id and e.reason is not null
				""").param("erased", ERASED_TEXT).param("id", participantId).update();
		rows += jdbc.sql("""
				update capital_application c set purpose = :erased
				from partner_referral r where r.id = c.referral_id and r.participant_id = :id
				""").param("erased", ERASED_TEXT).param("id", participantId).update();
		return rows;
	}

}

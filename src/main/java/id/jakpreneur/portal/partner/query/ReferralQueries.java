package id.jakpreneur.portal.partner.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.partner.CapitalApplication;
import id.jakpreneur.portal.partner.CapitalApplication.PartnerNote;
import id.jakpreneur.portal.partner.OfferKind;
import id.jakpreneur.portal.partner.ReferralStatus;
import id.jakpreneur.portal.partner.ReferralSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referral lists and details as pages show them. Callers have checked who may see what: these read, they do not
 * decide. Lists are one count and one select per page.
 */
@Service
@Transactional(readOnly = true)
public class ReferralQueries {

	/**
	 * Whether the participant has consented, and not withdrawn, to share referral {@code r} with its partner
	 * (entrepreneur's published view {@code participant_consent}): a partner sees nothing of a referral without it.
	 */
	static final String SHARED = """
			exists (select 1 from participant_consent pc where pc.participant_id = r.participant_id
			        and pc.purpose = 'PARTNER_SHARING' and pc.reference_id = r.id and pc.withdrawn_at is null)""";

	private static final String COLUMNS = """
			select r.id, r.status, r.created_at, r.updated_at, p.id as participant_id, p.full_name as participant_name,
			       p.business_name, p.sector, p.district_code, o.title as offer_title, o.kind as offer_kind,
			       org.name as partner_name, """ + SHARED + " as shared";

	private static final String FROM = """
			 from partner_referral r
			join participant_directory p on p.id = r.participant_id
			join partner_offer o on o.id = r.offer_id
			join partner_organisation org on org.id = r.partner_id
			""";

	private static final String SELECT = COLUMNS + FROM;

	private static final String CAPITAL = COLUMNS + """
			, c.amount, c.purpose, r.reason, c.approved_amount, c.tenor_months, c.product, c.decided_on,
			  c.disbursed_amount, c.disbursed_on""" + FROM + " join capital_application c on c.referral_id = r.id";

	private final JdbcClient jdbc;

	ReferralQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The participant's capital applications, newest first (at most 20), with the partner's notes shown to them:
	 * two statements.
	 */
	public List<CapitalApplication> capitalApplications(long participantId) {
		List<CapitalApplication> found = jdbc
			.sql(CAPITAL + " where r.participant_id = :participantId order by r.created_at desc, r.id desc limit 20")
			.param("participantId", participantId)
			.query(ReferralQueries::capital)
			.list();
		Map<Long, List<PartnerNote>> notes = notes(found.stream().map(a -> a.referral().id()).toList(), true);
		return found.stream().map(a -> a.withNotes(notes.getOrDefault(a.referral().id(), List.of()))).toList();
	}

	/** A capital application, if this referral is one, with the notes the viewer may read. */
	public Optional<CapitalApplication> capitalApplication(long referralId, boolean participantView) {
		return jdbc.sql(CAPITAL + " where r.id = :referralId")
			.param("referralId", referralId)
			.query(ReferralQueries::capital)
			.optional()
			.map(a -> a.withNotes(notes(List.of(referralId), participantView).getOrDefault(referralId, List.of())));
	}

	/** The partner's notes on the steps of these referrals, oldest first; only the shown ones when asked. */
	private Map<Long, List<PartnerNote>> notes(List<Long> referralIds, boolean shownOnly) {
		Map<Long, List<PartnerNote>> notes = new java.util.HashMap<>();
		if (referralIds.isEmpty()) {
			return notes;
		}
		jdbc.sql("""
				select referral_id, status, reason, shown_to_participant from partner_referral_event
				where referral_id = any (:ids) and reason is not null and (shown_to_participant or not :shownOnly)
				order by changed_at, id
				""")
			.param("ids", referralIds.toArray(Long[]::new))
			.param("shownOnly", shownOnly)
			.query(rs -> {
				notes.computeIfAbsent(rs.getLong("referral_id"), id -> new java.util.ArrayList<>())
					.add(new PartnerNote(ReferralStatus.valueOf(rs.getString("status")), rs.getString("reason"),
							rs.getBoolean("shown_to_participant")));
			});
		return notes;
	}

	/**
	 * Referrals most recently changed first, one page: within {@code areaCodes} (kota or kecamatan; null: anywhere),
	 * with this status (null: any).
	 */
	public Page<ReferralSummary> inArea(String[] areaCodes, ReferralStatus status, Pageable page) {
		Map<String, Object> params = new java.util.LinkedHashMap<>();
		return page(where(areaCodes, status, params), params, page);
	}

	/** How many referrals {@link #inArea} finds: one statement. */
	public long countInArea(String[] areaCodes, ReferralStatus status) {
		Map<String, Object> params = new java.util.LinkedHashMap<>();
		return jdbc.sql("select count(*) from partner_referral r join participant_directory p on p.id = r.participant_id"
				+ where(areaCodes, status, params))
			.params(params)
			.query(Long.class)
			.single();
	}

	private static String where(String[] areaCodes, ReferralStatus status, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where true");
		if (areaCodes != null) {
			where.append(" and (p.city_code = any (:area) or p.district_code = any (:area))");
			params.put("area", areaCodes);
		}
		if (status != null) {
			where.append(" and r.status = :status");
			params.put("status", status.name());
		}
		return where.toString();
	}

	/** Referrals to one partner organisation the participants consented to share, most recently changed first. */
	public Page<ReferralSummary> ofPartner(long partnerId, Pageable page) {
		return page(" where r.partner_id = :partnerId and " + SHARED, Map.of("partnerId", partnerId), page);
	}

	/** Whether the participant consented to share this referral with its partner (and has not withdrawn). */
	public boolean shared(long referralId) {
		return jdbc.sql("select " + SHARED + " from partner_referral r where r.id = :referralId")
			.param("referralId", referralId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** The latest 20 referrals of one participant, for their own page. */
	public List<ReferralSummary> ofParticipant(long participantId) {
		return jdbc.sql(SELECT + " where r.participant_id = :participantId order by r.created_at desc, r.id desc limit 20")
			.param("participantId", participantId)
			.query(ReferralQueries::summary)
			.list();
	}

	/** A referral with its note, rejection reason, the participant's phone and its history. */
	public ReferralDetails details(long referralId) {
		ReferralDetails details = jdbc.sql(COLUMNS + ", r.note, r.reason, p.phone" + FROM + " where r.id = :referralId")
			.param("referralId", referralId)
			.query((rs, n) -> new ReferralDetails(summary(rs, n), rs.getString("note"), rs.getString("reason"),
					rs.getString("phone"), List.of()))
			.single();
		List<ReferralStep> history = jdbc.sql("""
				select e.status, e.reason, a.full_name, e.changed_at, e.shown_to_participant
				from partner_referral_event e join account_directory a on a.id = e.changed_by
				where e.referral_id = :referralId order by e.changed_at, e.id
				""")
			.param("referralId", referralId)
			.query((rs, n) -> new ReferralStep(ReferralStatus.valueOf(rs.getString("status")), rs.getString("reason"),
					rs.getString("full_name"), rs.getTimestamp("changed_at").toInstant(),
					rs.getBoolean("shown_to_participant")))
			.list();
		return new ReferralDetails(details.summary(), details.note(), details.reason(), details.participantPhone(),
				history);
	}

	/** How many capital applications of the participant have been disbursed. */
	public long capitalDisbursed(long participantId) {
		return jdbc.sql("""
				select count(*) from partner_referral r join partner_offer o on o.id = r.offer_id
				where r.participant_id = :participantId and r.status = 'COMPLETED' and o.kind = 'CAPITAL'
				""")
			.param("participantId", participantId)
			.query(Long.class)
			.single();
	}

	/** Whether the participant has an open referral to this offer. */
	public boolean hasOpenReferral(long participantId, long offerId) {
		return jdbc.sql("""
				select exists (select 1 from partner_referral where participant_id = :participantId
				and offer_id = :offerId and status in ('SENT', 'ACCEPTED', 'APPROVED'))
				""")
			.param("participantId", participantId)
			.param("offerId", offerId)
			.query(Boolean.class)
			.single();
	}

	/** Whether the participant has a referral to a capital offer that is still open. */
	public boolean hasOpenCapitalApplication(long participantId) {
		return jdbc.sql("""
				select exists (select 1 from partner_referral r join partner_offer o on o.id = r.offer_id
				where r.participant_id = :participantId and o.kind = 'CAPITAL'
				  and r.status in ('SENT', 'ACCEPTED', 'APPROVED'))
				""")
			.param("participantId", participantId)
			.query(Boolean.class)
			.single();
	}

	/** The kecamatan of a participant, for checking an officer's area. */
	public Optional<String> districtOf(long participantId) {
		return jdbc.sql("select district_code from participant_directory where id = :participantId")
			.param("participantId", participantId)
			.query(String.class)
			.optional();
	}

	private Page<ReferralSummary> page(String where, Map<String, Object> params, Pageable page) {
		long total = jdbc.sql("select count(*) from partner_referral r join participant_directory p on p.id = r.participant_id"
				+ where)
			.params(params)
			.query(Long.class)
			.single();
		List<ReferralSummary> rows = jdbc
			.sql(SELECT + where + " order by r.updated_at desc, r.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query(ReferralQueries::summary)
			.list();
		return new PageImpl<>(rows, page, total);
	}

	private static CapitalApplication capital(ResultSet rs, int n) throws SQLException {
		return new CapitalApplication(summary(rs, n), rs.getObject("amount", Long.class), rs.getString("purpose"),
				rs.getString("reason"), rs.getObject("approved_amount", Long.class),
				rs.getObject("tenor_months", Integer.class), rs.getString("product"),
				rs.getObject("decided_on", java.time.LocalDate.class), rs.getObject("disbursed_amount", Long.class),
				rs.getObject("disbursed_on", java.time.LocalDate.class), List.of());
	}

	private static ReferralSummary summary(ResultSet rs, int n) throws SQLException {
		return new ReferralSummary(rs.getLong("id"), ReferralStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				rs.getLong("participant_id"), rs.getString("participant_name"), rs.getString("business_name"),
				Sector.valueOf(rs.getString("sector")), rs.getString("district_code"), rs.getString("offer_title"),
				OfferKind.valueOf(rs.getString("offer_kind")), rs.getString("partner_name"), rs.getBoolean("shared"));
	}

}

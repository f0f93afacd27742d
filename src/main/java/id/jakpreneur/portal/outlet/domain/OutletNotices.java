package id.jakpreneur.portal.outlet.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.Notifications;
import id.jakpreneur.portal.outlet.query.CallQueries;
import id.jakpreneur.portal.shared.NoticeDates;
import id.jakpreneur.portal.shared.Rupiah;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the outlet module tells participants, in the transaction of the change: a product's grade and a place offered
 * with its deadline; and from its jobs, a new call their business fits ({@link CallNotices}) and an offer about to
 * expire ({@link OfferReminders}); and an officer's decision on a sales report ({@link SalesReports}). Only the
 * participant concerned is told, and only when they have an account.
 */
@Component
class OutletNotices {

	/** At most this many participants are checked for one new call (the exact check costs a few statements each). */
	static final int CALL_CANDIDATES = 2000;

	private static final String OFFER = """
			select a.id, o.name as outlet_name, pl.code as place_code, c.starts_on, c.ends_on, a.confirm_by,
			       p.account_id
			from outlet_application a join outlet_call c on c.id = a.call_id join outlet o on o.id = c.outlet_id
			join outlet_place pl on pl.id = a.place_id join participant_directory p on p.id = a.participant_id
			where a.status = 'OFFERED' and p.account_id is not null""";

	private static final String SALES = """
			select o.name as outlet_name, c.starts_on, c.ends_on, a.fee_due, a.share_due, a.sales_return_reason,
			       p.account_id
			from outlet_application a join outlet_call c on c.id = a.call_id join outlet o on o.id = c.outlet_id
			join participant_directory p on p.id = a.participant_id
			where a.id = :id and p.account_id is not null""";

	private final Notifications notifications;

	private final ParticipantRecords participants;

	private final CallQueries calls;

	private final JdbcClient jdbc;

	OutletNotices(Notifications notifications, ParticipantRecords participants, CallQueries calls, JdbcClient jdbc) {
		this.notifications = notifications;
		this.participants = participants;
		this.calls = calls;
		this.jdbc = jdbc;
	}

	/** A curator graded the product: its name and grade, linked to the product's page. */
	void graded(long productId) {
		jdbc.sql("""
				select pr.name, pr.grade, p.account_id from outlet_product pr
				join participant_directory p on p.id = pr.participant_id
				where pr.id = :id and pr.grade is not null and p.account_id is not null
				""").param("id", productId).query(rs -> {
			// a product graded again after re-curation is news again: no dedupe key
			notifications.send(rs.getLong("account_id"), NoticeKind.PRODUCT_GRADED,
					"/me/outlets/products/" + productId, null, rs.getString("name"), rs.getString("grade").strip());
		});
	}

	/** The application (already written) was offered a place: the outlet, place, period and deadline. */
	void offered(long applicationId) {
		jdbc.sql(OFFER + " and a.id = :id").param("id", applicationId).query(rs -> {
			notifications.send(rs.getLong("account_id"), NoticeKind.PLACE_OFFERED, "/me/outlets",
					"place-offered:" + applicationId, offerArgs(rs));
		});
	}

	/** An officer confirmed the sales report (already written): the outlet, the period and the total now due. */
	void salesConfirmed(long applicationId) {
		jdbc.sql(SALES + " and a.sales_status = 'CONFIRMED'").param("id", applicationId).query(rs -> {
			notifications.send(rs.getLong("account_id"), NoticeKind.SALES_CONFIRMED, "/me/outlets", null,
					salesArgs(rs, Rupiah.format(rs.getLong("fee_due") + rs.getLong("share_due"))));
		});
	}

	/** An officer returned the sales report (already written): the outlet, the period and the officer's reason. */
	void salesReturned(long applicationId) {
		jdbc.sql(SALES + " and a.sales_status = 'RETURNED'").param("id", applicationId).query(rs -> {
			// a report can be returned again with another reason: no dedupe key
			notifications.send(rs.getLong("account_id"), NoticeKind.SALES_RETURNED,
					"/me/outlets/bookings/" + applicationId + "/sales", null,
					salesArgs(rs, rs.getString("sales_return_reason")));
		});
	}

	private static String[] salesArgs(ResultSet rs, String last) throws SQLException {
		return new String[] { rs.getString("outlet_name"),
				NoticeDates.period(rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)),
				last };
	}

	/** Reminds of every open offer whose deadline falls in {@code (now, until]}, once each; returns how many. */
	int expiring(Instant now, Instant until) {
		int[] sent = { 0 };
		jdbc.sql(OFFER + " and a.confirm_by > :now and a.confirm_by <= :until order by a.confirm_by, a.id limit 1000")
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(until))
			.query(rs -> {
				if (notifications.send(rs.getLong("account_id"), NoticeKind.PLACE_OFFER_EXPIRING, "/me/outlets",
						"place-offer-expiring:" + rs.getLong("id"), offerArgs(rs))) {
					sent[0]++;
				}
			});
		return sent[0];
	}

	/**
	 * A new call ({@link CallNotices}): tells each participant who may apply with a product they have; returns how many
	 * notices were new. A first statement finds those with an account, a validated registration and a graded product
	 * whose category and grade fit the outlet; the full eligibility (phase, licences, rotation) is then checked for each.
	 */
	int callOpened(long callId) {
		record Call(String outletName, LocalDate startsOn, LocalDate endsOn, LocalDate applyUntil) {
		}
		Call call = jdbc.sql("""
				select o.name as outlet_name, c.starts_on, c.ends_on, c.apply_until
				from outlet_call c join outlet o on o.id = c.outlet_id where c.id = :id
				""").param("id", callId)
			.query((rs, n) -> new Call(rs.getString("outlet_name"), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ends_on", LocalDate.class), rs.getObject("apply_until", LocalDate.class)))
			.single();
		List<Long> candidates = jdbc.sql("""
				select p.id from participant_directory p
				where p.account_id is not null and p.registration_status = 'VALIDATED'
				  and exists (select 1 from outlet_product pr join outlet_call c on c.id = :callId
				              join outlet o on o.id = c.outlet_id
				              where pr.participant_id = p.id and pr.grade is not null
				                and (cardinality(o.eligible_sectors) = 0 or pr.sector = any (o.eligible_sectors))
				                and (o.min_grade is null or pr.grade <= o.min_grade))
				order by p.id limit :limit
				""").param("callId", callId).param("limit", CALL_CANDIDATES).query(Long.class).list();
		int sent = 0;
		for (long participantId : candidates) {
			ParticipantView participant = participants.referred(participantId);
			if (calls.eligibility(participant, callId).eligible() && notifications.send(participant.accountId(),
					NoticeKind.OUTLET_CALL_FITS, "/me/outlets", "outlet-call:" + callId, call.outletName(),
					NoticeDates.day(call.applyUntil()), NoticeDates.period(call.startsOn(), call.endsOn()))) {
				sent++;
			}
		}
		return sent;
	}

	/** The outlet, the period, the deadline (date and time), and the place's code. */
	private static String[] offerArgs(ResultSet rs) throws SQLException {
		return new String[] { rs.getString("outlet_name"),
				NoticeDates.period(rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)),
				NoticeDates.time(CallQueries.instant(rs, "confirm_by")), rs.getString("place_code") };
	}

}

package id.jakpreneur.portal.outlet.query;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.entrepreneur.RegistrationStatus;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.outlet.domain.ApplicantRanking;
import id.jakpreneur.portal.outlet.domain.ApplicationStatus;
import id.jakpreneur.portal.outlet.domain.SalesStatus;
import id.jakpreneur.portal.outlet.domain.Eligibility;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.OutletKind;
import id.jakpreneur.portal.outlet.domain.OutletRules;
import id.jakpreneur.portal.outlet.domain.Rotation;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What participants and officers read about calls: the open calls with the participant's eligibility, their own
 * bookings, and an officer's board of one call with its ranked waiting list. Every page is a fixed number of
 * statements whatever the number of calls, applicants or bookings.
 */
@Service
@Transactional(readOnly = true)
public class CallQueries {

	/** An outlet's earlier calls that matter to the rotation: the limit cannot exceed 24 periods. */
	static final int ROTATION_WINDOW = 24;

	private static final String OPEN_CALLS = OutletQueries.CALL_COLUMNS + """
			     , o.name as outlet_name, o.kind, o.village_code, org.name as operator_name, o.opening_hours,
			       o.eligible_sectors, o.min_grade, o.required_licences, o.min_phase, o.fee_per_period,
			       o.revenue_share_percent, o.max_consecutive_periods,
			       array(select e.id from outlet_call e where e.outlet_id = c.outlet_id and e.starts_on < c.starts_on
			             order by e.starts_on desc, e.id desc limit %d) as earlier_calls
			from outlet_call c join outlet o on o.id = c.outlet_id
			left join partner_name org on org.id = o.operator_partner_id
			""".formatted(ROTATION_WINDOW);

	private static final String MY_BOOKINGS = """
			select a.id, a.call_id, o.name as outlet_name, c.starts_on, c.ends_on, a.status, pl.code as place_code,
			       a.confirm_by, pr.name as product_name, a.units_sold, a.sales, a.fee_due, a.share_due,
			       a.sales_status, a.sales_return_reason
			from outlet_application a join outlet_call c on c.id = a.call_id join outlet o on o.id = c.outlet_id
			join outlet_product pr on pr.id = a.product_id left join outlet_place pl on pl.id = a.place_id
			where a.participant_id = :participantId""";

	private final JdbcClient jdbc;

	private final Assessments assessments;

	private final OutletQueries outlets;

	private final Clock clock;

	CallQueries(JdbcClient jdbc, Assessments assessments, OutletQueries outlets, Clock clock) {
		this.jdbc = jdbc;
		this.assessments = assessments;
		this.outlets = outlets;
		this.clock = clock;
	}

	/** The calls still taking applications, closing soonest first, each with this participant's eligibility. */
	public Page<OpenCall> openCalls(ParticipantView me, Pageable page) {
		LocalDate today = LocalDate.now(clock);
		Long total = jdbc.sql("select count(*) from outlet_call where apply_until >= :today")
			.param("today", today)
			.query(Long.class)
			.single();
		record Row(CallView call, String name, OutletKind kind, String village, String operator, String hours,
				OutletRules rules, List<Long> earlier) {
		}
		List<Row> rows = jdbc.sql(OPEN_CALLS + """
				where c.apply_until >= :today order by c.apply_until, c.starts_on, c.id limit :limit offset :offset""")
			.param("today", today)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query((rs, n) -> new Row(OutletQueries.call(rs), rs.getString("outlet_name"),
					OutletKind.valueOf(rs.getString("kind")), rs.getString("village_code"), rs.getString("operator_name"),
					rs.getString("opening_hours"), OutletQueries.rules(rs), longs(rs.getArray("earlier_calls"))))
			.list();
		Candidate facts = candidate(me);
		Map<Long, MyBooking> mine = new HashMap<>();
		for (MyBooking booking : bookingsOf(me.id(), rows.stream().map(r -> r.call().id()).toList())) {
			mine.put(booking.callId(), booking);
		}
		List<OpenCall> calls = new ArrayList<>();
		for (Row row : rows) {
			Eligibility.Result result = facts.check(row.rules(), row.earlier());
			List<OpenCall.ProductChoice> choices = facts.choices()
				.stream()
				.filter(c -> result.productIds().contains(c.id()))
				.toList();
			calls.add(new OpenCall(row.call(), row.call().outletId(), row.name(), row.kind(), row.village(),
					row.operator(), row.hours(), row.rules(), result, choices, mine.get(row.call().id())));
		}
		return new PageImpl<>(calls, page, total == null ? 0 : total);
	}

	/** The eligibility of one participant for one call, as the apply button checks it again. */
	public Eligibility.Result eligibility(ParticipantView me, long callId) {
		return jdbc.sql(OPEN_CALLS + " where c.id = :callId")
			.param("callId", callId)
			.query((rs, n) -> candidate(me).check(OutletQueries.rules(rs), longs(rs.getArray("earlier_calls"))))
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	/** The participant's latest 50 applications and bookings, newest period first. */
	public List<MyBooking> bookingsOf(long participantId) {
		return jdbc.sql(MY_BOOKINGS + " order by c.starts_on desc, a.id desc limit 50")
			.param("participantId", participantId)
			.query(CallQueries::myBooking)
			.list();
	}

	/** One of the participant's applications. */
	public Optional<MyBooking> booking(long participantId, long applicationId) {
		return jdbc.sql(MY_BOOKINGS + " and a.id = :applicationId")
			.param("participantId", participantId)
			.param("applicationId", applicationId)
			.query(CallQueries::myBooking)
			.optional();
	}

	/** The participant's applications for these calls. */
	List<MyBooking> bookingsOf(long participantId, Collection<Long> callIds) {
		if (callIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(MY_BOOKINGS + " and a.call_id = any (:callIds)")
			.param("participantId", participantId)
			.param("callIds", callIds.toArray(Long[]::new))
			.query(CallQueries::myBooking)
			.list();
	}

	private static MyBooking myBooking(ResultSet rs, int n) throws SQLException {
		return new MyBooking(rs.getLong("id"), rs.getLong("call_id"), rs.getString("outlet_name"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				ApplicationStatus.valueOf(rs.getString("status")), rs.getString("place_code"),
				instant(rs, "confirm_by"), rs.getString("product_name"), rs.getObject("units_sold", Integer.class),
				rs.getObject("sales", Long.class), rs.getObject("fee_due", Long.class),
				rs.getObject("share_due", Long.class), salesStatus(rs), rs.getString("sales_return_reason"));
	}

	static SalesStatus salesStatus(ResultSet rs) throws SQLException {
		String status = rs.getString("sales_status");
		return status == null ? null : SalesStatus.valueOf(status);
	}

	/**
	 * Sales per month and channel, the latest 12 months with any: confirmed by an officer through outlet bookings (by
	 * the month of the period's end), and settled e-Orders (receipt confirmed by the buyer and paid, by the month of
	 * receipt in Jakarta; eorder's published view {@code eorder_sale}, decision 123). What the participant's monthly
	 * report (P6) counts as sales through DKI's channels; self-reported figures do not count until confirmed.
	 */
	public List<MonthlyOutletSales> monthlySales(long participantId) {
		return jdbc.sql("""
				select month, source, units, sales from (
				    select month, source, units, sales, dense_rank() over (order by month desc) as recent from (
				        select to_char(c.ends_on, 'YYYY-MM') as month, 'OUTLET' as source, sum(a.units_sold) as units,
				               sum(a.sales) as sales
				        from outlet_application a join outlet_call c on c.id = a.call_id
				        where a.participant_id = :participantId and a.status = 'REPORTED' and a.sales_status = 'CONFIRMED'
				        group by 1
				        union all
				        select to_char(s.received_at at time zone 'Asia/Jakarta', 'YYYY-MM'), 'EORDER', null, sum(s.amount)
				        from eorder_sale s where s.participant_id = :participantId
				        group by 1) m) r
				where recent <= 12 order by month desc, source desc
				""")
			.param("participantId", participantId)
			.query((rs, n) -> new MonthlyOutletSales(YearMonth.parse(rs.getString("month")),
					MonthlyOutletSales.Source.valueOf(rs.getString("source")), rs.getObject("units", Long.class),
					rs.getLong("sales")))
			.list();
	}

	/** The officer's board of one call: the ranked waiting list, its bookings, its free places. */
	public CallBoard board(PortalUser officer, long callId) {
		CallView call = jdbc.sql(OutletQueries.CALL_COLUMNS + " from outlet_call c where c.id = :callId")
			.param("callId", callId)
			.query((rs, n) -> OutletQueries.call(rs))
			.optional()
			.orElseThrow(NotFoundException::new);
		OutletDetails outlet = outlets.load(officer, call.outletId());
		List<PlaceView> places = outlets.places(outlet.id());
		List<BookingRow> bookings = jdbc.sql("""
				select a.id, p.full_name, pl.code, a.status, a.confirm_by, a.sales, a.fee_due, a.share_due,
				       a.sales_status
				from outlet_application a join participant_directory p on p.id = a.participant_id
				join outlet_place pl on pl.id = a.place_id
				where a.call_id = :callId and a.place_id is not null
				order by pl.code collate "C", a.offered_at, a.id limit 1000
				""")
			.param("callId", callId)
			.query((rs, n) -> new BookingRow(rs.getLong("id"), rs.getString("full_name"), rs.getString("code"),
					ApplicationStatus.valueOf(rs.getString("status")), instant(rs, "confirm_by"),
					rs.getObject("sales", Long.class), rs.getObject("fee_due", Long.class),
					rs.getObject("share_due", Long.class), salesStatus(rs)))
			.list();
		Set<String> held = new HashSet<>();
		bookings.stream().filter(b -> b.status().holdsPlace()).forEach(b -> held.add(b.placeCode()));
		List<PlaceView> free = places.stream().filter(p -> !held.contains(p.code())).toList();
		return new CallBoard(outlet, call, ranked(callId, outlet), bookings, free);
	}

	/** The waiting list of a call in ranking order: four statements for any number of applicants (up to 1000). */
	public List<RankedApplicant> ranked(long callId, OutletDetails outlet) {
		record Waiting(long applicationId, long participantId, String name, String village, String city,
				String product, Grade grade, Instant appliedAt) {
		}
		List<Waiting> waiting = jdbc.sql("""
				select a.id, a.participant_id, p.full_name, p.village_code, p.city_code, pr.name as product_name,
				       pr.grade, a.applied_at
				from outlet_application a join participant_directory p on p.id = a.participant_id
				join outlet_product pr on pr.id = a.product_id
				where a.call_id = :callId and a.status = 'APPLIED' and p.erased_at is null
				order by a.applied_at, a.id limit 1000
				""")
			.param("callId", callId)
			.query((rs, n) -> new Waiting(rs.getLong("id"), rs.getLong("participant_id"), rs.getString("full_name"),
					rs.getString("village_code"), rs.getString("city_code"), rs.getString("product_name"),
					Grade.of(rs.getString("grade")), instant(rs, "applied_at")))
			.list();
		if (waiting.isEmpty()) {
			return List.of();
		}
		Long[] participantIds = waiting.stream().map(Waiting::participantId).distinct().toArray(Long[]::new);
		Map<Long, LocalDate> lastEnded = new HashMap<>();
		jdbc.sql("""
				select participant_id, max(upper(period) - 1) as last_ended from outlet_application
				where participant_id = any (:participantIds) and status in ('CONFIRMED', 'REPORTED')
				group by participant_id
				""")
			.param("participantIds", participantIds)
			.query(rs -> {
				lastEnded.put(rs.getLong("participant_id"), rs.getObject("last_ended", LocalDate.class));
			});
		List<Long> earlier = jdbc.sql("""
				select e.id from outlet_call e join outlet_call c on c.id = :callId
				where e.outlet_id = c.outlet_id and e.starts_on < c.starts_on
				order by e.starts_on desc, e.id desc limit :window
				""")
			.param("callId", callId)
			.param("window", ROTATION_WINDOW)
			.query(Long.class)
			.list();
		Map<Long, Set<Long>> heldCalls = new HashMap<>();
		if (!earlier.isEmpty()) {
			jdbc.sql("""
					select participant_id, call_id from outlet_application
					where participant_id = any (:participantIds) and call_id = any (:callIds)
					  and status in ('CONFIRMED', 'REPORTED')
					""")
				.param("participantIds", participantIds)
				.param("callIds", earlier.toArray(Long[]::new))
				.query(rs -> {
					heldCalls.computeIfAbsent(rs.getLong("participant_id"), k -> new HashSet<>())
						.add(rs.getLong("call_id"));
				});
		}
		Map<Long, Waiting> byApplication = new HashMap<>();
		List<ApplicantRanking.Applicant> applicants = new ArrayList<>();
		for (Waiting w : waiting) {
			byApplication.put(w.applicationId(), w);
			applicants.add(new ApplicantRanking.Applicant(w.applicationId(), w.grade() == null ? Grade.C : w.grade(),
					lastEnded.containsKey(w.participantId()), outlet.cityCode().equals(w.city()),
					Rotation.consecutive(earlier, heldCalls.getOrDefault(w.participantId(), Set.of())),
					lastEnded.get(w.participantId()), w.appliedAt()));
		}
		List<RankedApplicant> ranked = new ArrayList<>();
		int rank = 1;
		for (ApplicantRanking.Applicant a : ApplicantRanking.rank(applicants)) {
			Waiting w = byApplication.get(a.applicationId());
			ranked.add(new RankedApplicant(rank++, a.applicationId(), w.participantId(), w.name(), w.village(),
					w.product(), a.grade(), a.hadPlaceBefore(), a.localArea(), a.consecutivePeriods(),
					a.lastPlaceEnded(), a.appliedAt()));
		}
		return ranked;
	}

	/**
	 * Everything about the participant that eligibility needs, in four statements. Only licences that an officer
	 * verified in the licence register count, unexpired (licensing's published view {@code verified_licence},
	 * decisions 81 and 99): not those only declared on the business profile, submitted, returned, nor the numbers a
	 * product lists.
	 */
	private Candidate candidate(ParticipantView me) {
		Phase phase = assessments.currentPhase(me.id()).orElse(null);
		List<Eligibility.ProductFacts> products = new ArrayList<>();
		List<OpenCall.ProductChoice> choices = new ArrayList<>();
		jdbc.sql("""
				select id, name, sector, grade from outlet_product
				where participant_id = :participantId and grade is not null order by id limit 100
				""")
			.param("participantId", me.id())
			.query(rs -> {
				Grade grade = Grade.of(rs.getString("grade"));
				products.add(new Eligibility.ProductFacts(rs.getLong("id"), Sector.valueOf(rs.getString("sector")), grade));
				choices.add(new OpenCall.ProductChoice(rs.getLong("id"), rs.getString("name"), grade));
			});
		Set<LicenceType> verified = EnumSet.noneOf(LicenceType.class);
		jdbc.sql("""
				select licence_type from verified_licence
				where participant_id = :participantId and (expires_on is null or expires_on >= :today)
				""")
			.param("participantId", me.id())
			.param("today", LocalDate.now(clock))
			.query(rs -> {
				verified.add(LicenceType.valueOf(rs.getString("licence_type")));
			});
		Set<Long> held = new HashSet<>(jdbc.sql("""
				select call_id from outlet_application
				where participant_id = :participantId and status in ('CONFIRMED', 'REPORTED')
				""").param("participantId", me.id()).query(Long.class).list());
		return new Candidate(me.status() == RegistrationStatus.VALIDATED, verified, phase,
				products, choices, held);
	}

	private record Candidate(boolean validated, Set<LicenceType> licences, Phase phase,
			List<Eligibility.ProductFacts> products, List<OpenCall.ProductChoice> choices, Set<Long> heldCalls) {

		/** The rules of one outlet against these facts, with the outlet's calls before this one (newest first). */
		Eligibility.Result check(OutletRules rules, List<Long> earlierCalls) {
			return Eligibility.check(rules, new Eligibility.Candidate(validated, licences, phase,
					Rotation.consecutive(earlierCalls, heldCalls)), products);
		}

	}

	private static List<Long> longs(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
	}

	/** A timestamp column as an instant, or null. */
	public static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}

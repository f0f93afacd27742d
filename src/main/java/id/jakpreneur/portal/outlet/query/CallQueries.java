package id.jakpreneur.portal.outlet.query;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import id.jakpreneur.portal.outlet.domain.Eligibility;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.OutletKind;
import id.jakpreneur.portal.outlet.domain.OutletManagement;
import id.jakpreneur.portal.outlet.domain.OutletRules;
import id.jakpreneur.portal.outlet.domain.ProductCuration;
import id.jakpreneur.portal.outlet.domain.ProductDraft;
import id.jakpreneur.portal.outlet.domain.Rotation;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
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

	private static final String OPEN_CALLS = OutletManagement.CALL_COLUMNS.replace("from outlet_call c", """
			, o.id, o.name, o.kind, o.village_code, org.name, o.opening_hours, o.eligible_sectors, o.min_grade,
			       o.required_licences, o.min_phase, o.fee_per_period, o.revenue_share_percent,
			       o.max_consecutive_periods,
			       array(select e.id from outlet_call e where e.outlet_id = c.outlet_id and e.starts_on < c.starts_on
			             order by e.starts_on desc, e.id desc limit %d)
			from outlet_call c join outlet o on o.id = c.outlet_id
			left join partner_organisation org on org.id = o.operator_partner_id
			""".formatted(ROTATION_WINDOW));

	private static final String MY_BOOKINGS = """
			select a.id, a.call_id, o.name, c.starts_on, c.ends_on, a.status, pl.code, a.confirm_by, pr.name,
			       a.units_sold, a.sales, a.fee_due, a.share_due
			from outlet_application a join outlet_call c on c.id = a.call_id join outlet o on o.id = c.outlet_id
			join outlet_product pr on pr.id = a.product_id left join outlet_place pl on pl.id = a.place_id
			where a.participant_id = ?""";

	private final JdbcTemplate jdbc;

	private final Assessments assessments;

	private final OutletManagement outlets;

	private final Clock clock;

	CallQueries(JdbcTemplate jdbc, Assessments assessments, OutletManagement outlets, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.assessments = assessments;
		this.outlets = outlets;
	}

	/** The calls still taking applications, closing soonest first, each with this participant's eligibility. */
	public Page<OpenCall> openCalls(ParticipantView me, Pageable page) {
		LocalDate today = LocalDate.now(clock);
		Long total = jdbc.queryForObject("select count(*) from outlet_call where apply_until >= ?", Long.class, today);
		record Row(CallView call, long outletId, String name, OutletKind kind, String village, String operator,
				String hours, OutletRules rules, List<Long> earlier) {
		}
		List<Row> rows = jdbc.query(OPEN_CALLS + " where c.apply_until >= ? order by c.apply_until, c.starts_on, c.id"
				+ " limit ? offset ?", (rs, n) -> new Row(OutletManagement.call(rs), rs.getLong(11), rs.getString(12),
						OutletKind.valueOf(rs.getString(13)), rs.getString(14), rs.getString(15), rs.getString(16),
						rules(rs, 17), longs(rs.getArray(24))),
				today, page.getPageSize(), page.getOffset());
		Candidate facts = candidate(me);
		Map<Long, MyBooking> mine = new HashMap<>();
		for (MyBooking booking : bookingsOf(me.id(), rows.stream().map(r -> r.call().id()).toList())) {
			mine.put(booking.callId(), booking);
		}
		List<OpenCall> calls = new ArrayList<>();
		for (Row row : rows) {
			Eligibility.Result result = Eligibility.check(row.rules(),
					new Eligibility.Candidate(facts.validated(), facts.licences(), facts.phase(),
							Rotation.consecutive(row.earlier(), facts.heldCalls())),
					facts.products());
			List<OpenCall.ProductChoice> choices = facts.choices()
				.stream()
				.filter(c -> result.productIds().contains(c.id()))
				.toList();
			calls.add(new OpenCall(row.call(), row.outletId(), row.name(), row.kind(), row.village(), row.operator(),
					row.hours(), row.rules(), result, choices, mine.get(row.call().id())));
		}
		return new PageImpl<>(calls, page, total == null ? 0 : total);
	}

	/** The eligibility of one participant for one call, as the apply button checks it again. */
	public Eligibility.Result eligibility(ParticipantView me, long callId) {
		List<Eligibility.Result> results = jdbc.query(OPEN_CALLS + " where c.id = ?", (rs, n) -> {
			Candidate facts = candidate(me);
			return Eligibility.check(rules(rs, 17), new Eligibility.Candidate(facts.validated(), facts.licences(),
					facts.phase(), Rotation.consecutive(longs(rs.getArray(24)), facts.heldCalls())), facts.products());
		}, callId);
		return results.stream().findFirst().orElseThrow(NotFoundException::new);
	}

	/** The participant's latest 50 applications and bookings, newest period first. */
	public List<MyBooking> bookingsOf(long participantId) {
		return jdbc.query(MY_BOOKINGS + " order by c.starts_on desc, a.id desc limit 50", CallQueries::myBooking,
				participantId);
	}

	/** One of the participant's applications. */
	public java.util.Optional<MyBooking> booking(long participantId, long applicationId) {
		return jdbc.query(MY_BOOKINGS + " and a.id = ?", CallQueries::myBooking, participantId, applicationId)
			.stream()
			.findFirst();
	}

	/** The participant's applications for these calls. */
	List<MyBooking> bookingsOf(long participantId, Collection<Long> callIds) {
		if (callIds.isEmpty()) {
			return List.of();
		}
		return jdbc.query(MY_BOOKINGS + " and a.call_id = any (?)", CallQueries::myBooking, participantId,
				callIds.toArray(Long[]::new));
	}

	private static MyBooking myBooking(ResultSet rs, int n) throws SQLException {
		return new MyBooking(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
				rs.getObject(5, LocalDate.class), ApplicationStatus.valueOf(rs.getString(6)), rs.getString(7),
				instant(rs, 8), rs.getString(9), (Integer) rs.getObject(10), (Long) rs.getObject(11),
				(Long) rs.getObject(12), (Long) rs.getObject(13));
	}

	/**
	 * Sales reported through outlet bookings per month of the period's end, the latest 12 months with any: what the
	 * participant's monthly report (P6) counts as sales through DKI outlets.
	 */
	public List<MonthlyOutletSales> monthlySales(long participantId) {
		return jdbc.query("""
				select to_char(c.ends_on, 'YYYY-MM'), sum(a.units_sold), sum(a.sales)
				from outlet_application a join outlet_call c on c.id = a.call_id
				where a.participant_id = ? and a.status = 'REPORTED'
				group by 1 order by 1 desc limit 12
				""", (rs, n) -> new MonthlyOutletSales(java.time.YearMonth.parse(rs.getString(1)), rs.getLong(2),
				rs.getLong(3)), participantId);
	}

	/** The officer's board of one call: the ranked waiting list, its bookings, its free places. */
	public CallBoard board(PortalUser officer, long callId) {
		CallView call = jdbc.query(OutletManagement.CALL_COLUMNS + " where c.id = ?", (rs, n) -> OutletManagement.call(rs),
				callId).stream().findFirst().orElseThrow(NotFoundException::new);
		OutletDetails outlet = outlets.load(officer, call.outletId());
		List<PlaceView> places = outlets.places(outlet.id());
		List<BookingRow> bookings = jdbc.query("""
				select a.id, p.full_name, pl.code, a.status, a.confirm_by, a.sales, a.fee_due, a.share_due
				from outlet_application a join participant p on p.id = a.participant_id
				join outlet_place pl on pl.id = a.place_id
				where a.call_id = ? and a.place_id is not null order by pl.code collate "C", a.offered_at, a.id limit 1000
				""", (rs, n) -> new BookingRow(rs.getLong(1), rs.getString(2), rs.getString(3),
				ApplicationStatus.valueOf(rs.getString(4)), instant(rs, 5), (Long) rs.getObject(6),
				(Long) rs.getObject(7), (Long) rs.getObject(8)), callId);
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
		List<Waiting> waiting = jdbc.query("""
				select a.id, a.participant_id, p.full_name, p.village_code, p.city_code, pr.name, pr.grade, a.applied_at
				from outlet_application a join participant p on p.id = a.participant_id
				join outlet_product pr on pr.id = a.product_id
				where a.call_id = ? and a.status = 'APPLIED' order by a.applied_at, a.id limit 1000
				""", (rs, n) -> new Waiting(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), ProductCuration.grade(rs.getString(7)), instant(rs, 8)), callId);
		if (waiting.isEmpty()) {
			return List.of();
		}
		Long[] participantIds = waiting.stream().map(Waiting::participantId).distinct().toArray(Long[]::new);
		Map<Long, LocalDate> lastEnded = new HashMap<>();
		jdbc.query("""
				select participant_id, max(upper(period) - 1) from outlet_application
				where participant_id = any (?) and status in ('CONFIRMED', 'REPORTED') group by participant_id
				""", rs -> {
			lastEnded.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
		}, (Object) participantIds);
		List<Long> earlier = jdbc.queryForList("""
				select e.id from outlet_call e join outlet_call c on c.id = ?
				where e.outlet_id = c.outlet_id and e.starts_on < c.starts_on order by e.starts_on desc, e.id desc limit ?
				""", Long.class, callId, ROTATION_WINDOW);
		Map<Long, Set<Long>> heldCalls = new HashMap<>();
		if (!earlier.isEmpty()) {
			jdbc.query("""
					select participant_id, call_id from outlet_application
					where participant_id = any (?) and call_id = any (?) and status in ('CONFIRMED', 'REPORTED')
					""", rs -> {
				heldCalls.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
			}, participantIds, earlier.toArray(Long[]::new));
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

	/** Everything about the participant that eligibility needs, in three statements. */
	private Candidate candidate(ParticipantView me) {
		Phase phase = assessments.currentPhase(me.id()).orElse(null);
		List<Eligibility.ProductFacts> products = new ArrayList<>();
		List<OpenCall.ProductChoice> choices = new ArrayList<>();
		jdbc.query("""
				select id, name, sector, grade, spp_irt_number, halal_number, bpom_number from outlet_product
				where participant_id = ? and grade is not null order by id limit 100
				""", rs -> {
			ProductDraft draft = new ProductDraft(rs.getString(2), Sector.valueOf(rs.getString(3)), 1, "",
					rs.getString(5), rs.getString(6), rs.getString(7));
			Grade grade = ProductCuration.grade(rs.getString(4));
			products.add(new Eligibility.ProductFacts(rs.getLong(1), draft.sector(), grade, draft.licences()));
			choices.add(new OpenCall.ProductChoice(rs.getLong(1), rs.getString(2), grade));
		}, me.id());
		Set<Long> held = new HashSet<>(jdbc.queryForList(
				"select call_id from outlet_application where participant_id = ? and status in ('CONFIRMED', 'REPORTED')",
				Long.class, me.id()));
		return new Candidate(me.status() == RegistrationStatus.VALIDATED, me.business().licences().keySet(), phase,
				products, choices, held);
	}

	private record Candidate(boolean validated, Set<LicenceType> licences, Phase phase,
			List<Eligibility.ProductFacts> products, List<OpenCall.ProductChoice> choices, Set<Long> heldCalls) {
	}

	/** The rules from the outlet columns starting at {@code first}: sectors, grade, licences, phase, fee, share, max. */
	static OutletRules rules(ResultSet rs, int first) throws SQLException {
		String minGrade = rs.getString(first + 1);
		String minPhase = rs.getString(first + 3);
		return new OutletRules(OutletManagement.enums(rs.getArray(first), Sector.class),
				minGrade == null ? null : Grade.valueOf(minGrade),
				OutletManagement.enums(rs.getArray(first + 2), LicenceType.class),
				minPhase == null ? null : Phase.valueOf(minPhase), rs.getLong(first + 4), rs.getBigDecimal(first + 5),
				rs.getInt(first + 6));
	}

	private static List<Long> longs(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
	}

	public static Instant instant(ResultSet rs, int column) throws SQLException {
		java.sql.Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}

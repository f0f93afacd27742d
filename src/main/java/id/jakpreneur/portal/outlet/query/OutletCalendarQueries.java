package id.jakpreneur.portal.outlet.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.outlet.domain.ApplicationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar of one outlet for one month: its places down, the days across, each booking drawn as one segment
 * over its days. Three statements (outlet, places, bookings) whatever the outlet's history: the bookings come from
 * the exclusion constraint's GiST index on (place, period), limited to the holding statuses it covers.
 */
@Service
@Transactional(readOnly = true)
public class OutletCalendarQueries {

	private final JdbcClient jdbc;

	private final OutletQueries outlets;

	OutletCalendarQueries(JdbcClient jdbc, OutletQueries outlets) {
		this.jdbc = jdbc;
		this.outlets = outlets;
	}

	public Month month(PortalUser officer, long outletId, YearMonth month) {
		OutletDetails outlet = outlets.load(officer, outletId);
		List<PlaceView> places = outlets.places(outletId);
		LocalDate first = month.atDay(1);
		LocalDate last = month.atEndOfMonth();
		Map<Long, List<Booked>> byPlace = new HashMap<>();
		if (!places.isEmpty()) {
			// joined per place, so each place is one probe of the GiST index on (place_id, period)
			jdbc.sql("""
					select a.place_id, greatest(lower(a.period), :first) as from_day,
					       least(upper(a.period) - 1, :last) as to_day, a.status, p.full_name, a.id
					from outlet_place pl
					join outlet_application a on a.place_id = pl.id and a.period && daterange(:first, :last, '[]')
					     and a.status in ('OFFERED', 'CONFIRMED', 'REPORTED')
					join participant_directory p on p.id = a.participant_id
					where pl.outlet_id = :outletId
					order by a.place_id, lower(a.period)
					""").param("first", first).param("last", last).param("outletId", outletId).query(rs -> {
				byPlace.computeIfAbsent(rs.getLong("place_id"), k -> new ArrayList<>())
					.add(new Booked(rs.getObject("from_day", LocalDate.class), rs.getObject("to_day", LocalDate.class),
							ApplicationStatus.valueOf(rs.getString("status")), rs.getString("full_name"),
							rs.getLong("id")));
			});
		}
		List<Row> rows = new ArrayList<>();
		long usedDays = 0;
		for (PlaceView place : places) {
			List<Segment> segments = new ArrayList<>();
			int day = 1;
			for (Booked b : byPlace.getOrDefault(place.id(), List.of())) {
				int from = b.from().getDayOfMonth();
				int to = b.to().getDayOfMonth();
				for (; day < from; day++) {
					segments.add(new Segment(day, 1, null));
				}
				segments.add(new Segment(from, to - from + 1, b));
				if (b.status() != ApplicationStatus.OFFERED) {
					usedDays += to - from + 1;
				}
				day = to + 1;
			}
			for (; day <= month.lengthOfMonth(); day++) {
				segments.add(new Segment(day, 1, null));
			}
			rows.add(new Row(place, segments));
		}
		long placeDays = (long) places.size() * month.lengthOfMonth();
		int utilisation = placeDays == 0 ? 0 : (int) Math.round(usedDays * 100.0 / placeDays);
		List<LocalDate> days = first.datesUntil(last.plusDays(1)).toList();
		return new Month(outlet, month, days, rows, utilisation);
	}

	/** The month's grid and its utilisation (confirmed and reported place-days over all place-days, whole percent). */
	public record Month(OutletDetails outlet, YearMonth month, List<LocalDate> days, List<Row> rows,
			int utilisationPercent) {
	}

	/** One place and its month, as consecutive segments: free single days, or one booking over its days. */
	public record Row(PlaceView place, List<Segment> segments) {
	}

	/** A free day ({@code booking} null) or a booking spanning {@code days} days from {@code firstDay}. */
	public record Segment(int firstDay, int days, Booked booking) {
	}

	/** A booking's days inside the month. */
	public record Booked(LocalDate from, LocalDate to, ApplicationStatus status, String participantName,
			long applicationId) {
	}

}

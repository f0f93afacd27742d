package id.jakpreneur.portal.dashboard.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import id.jakpreneur.portal.assessment.AssessmentReference;
import id.jakpreneur.portal.assessment.FosteringAgency;
import id.jakpreneur.portal.dashboard.query.CapitalFigures;
import id.jakpreneur.portal.dashboard.query.DashboardData;
import id.jakpreneur.portal.dashboard.query.DashboardQueries;
import id.jakpreneur.portal.dashboard.query.MentorTotals;
import id.jakpreneur.portal.dashboard.query.OutletFigures;
import id.jakpreneur.portal.dashboard.query.PhaseEvents;
import id.jakpreneur.portal.dashboard.query.Totals;
import id.jakpreneur.portal.dashboard.web.DashboardTable.Band;
import id.jakpreneur.portal.dashboard.web.DashboardTable.Chart;
import id.jakpreneur.portal.dashboard.web.DashboardTable.Percent;
import id.jakpreneur.portal.region.RegionDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a dashboard's figures into its tables, in the reader's language. The page, the CSV and XLSX exports and
 * the open-data file are all drawn from these tables.
 */
@Component
class DashboardTables {

	/** Share of participants who reached capital (P7) in 2021, the real programme's figure the funnel is held against. */
	static final double CAPITAL_SHARE_2021 = 0.02;

	/** Kecamatan progress bands: at least this share moved up a phase. */
	static final double HIGH_PROGRESS = 0.30;

	static final double MEDIUM_PROGRESS = 0.15;

	static final List<String> IDS = List.of("funnel", "phases", "monthly", "transitions", "stalls-district",
			"stalls-mentor", "mentor-load", "mentor-summary", "outlets", "targets-total", "targets", "districts", "capital-area",
			"capital-partner");

	private static final String[] TRANSITIONS = { "EARLY", "GROWING", "SCALING", "GRADUATED" };

	private final MessageSource messages;

	private final RegionDirectory regions;

	private final AssessmentReference reference;

	DashboardTables(MessageSource messages, RegionDirectory regions, AssessmentReference reference) {
		this.messages = messages;
		this.regions = regions;
		this.reference = reference;
	}

	List<DashboardTable> all(DashboardData data, Locale locale) {
		Text t = new Text(locale);
		return List.of(funnel(data, t), phases(data, t), monthly(data, t), transitions(data, t),
				stallsByDistrict(data, t), stallsByMentor(data, t), mentorLoad(data, t), mentorSummary(data, t),
				outlets(data, t), targetsTotal(data, t), targets(data, t), districts(data, t), capital(data, t, true),
				capital(data, t, false));
	}

	private DashboardTable funnel(DashboardData data, Text t) {
		Totals total = data.total();
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			Object conversion = conversion(total, i);
			Object reference = i == 0 ? new Percent(1) : i == 6 ? new Percent(CAPITAL_SHARE_2021) : null;
			rows.add(row(t.step(i), total.completed()[i], total.reached()[i] - total.completed()[i],
					total.reached()[i], share(total.reached()[i], total.participants()), conversion, reference));
		}
		return new DashboardTable("funnel", t.get("dashboard.funnel.title"),
				t.headers("dashboard.col.step", "dashboard.col.completed", "dashboard.col.recognised",
						"dashboard.col.reached", "dashboard.col.shareRegistered", "dashboard.col.conversion",
						"dashboard.col.reference2021"),
				rows, new Chart("bar", 0, List.of(3), Chart.COUNT));
	}

	/**
	 * Of the participants who reached the step before {@code step} (0-based), the share who reached this one too;
	 * null for P1 and when nobody reached the step before. Steps can be recognised out of order (a running business
	 * skips training), so it counts the pair, not the ratio of the two steps' totals, which could pass 100 %.
	 */
	static Percent conversion(Totals total, int step) {
		return step == 0 || total.reached()[step - 1] == 0 ? null
				: share(total.reachedWithPrevious()[step], total.reached()[step - 1]);
	}

	private DashboardTable phases(DashboardData data, Text t) {
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < Totals.PHASES.length; i++) {
			long count = data.total().phases()[i];
			rows.add(row(t.phase(Totals.PHASES[i]), count, share(count, data.total().participants())));
		}
		return new DashboardTable("phases", t.get("dashboard.phases.title"),
				t.headers("dashboard.col.phase", "dashboard.col.participants", "dashboard.col.share"), rows,
				new Chart("bar", 0, List.of(1), Chart.COUNT));
	}

	private DashboardTable monthly(DashboardData data, Text t) {
		Map<String, long[]> byMonth = new TreeMap<>();
		for (PhaseEvents e : data.events()) {
			long[] counts = byMonth.computeIfAbsent(e.month().toString().substring(0, 7), m -> new long[2]);
			counts["UP".equals(e.direction()) ? 0 : 1] += e.events();
		}
		List<List<Object>> rows = new ArrayList<>();
		byMonth.forEach((month, counts) -> rows.add(row(month, counts[0], counts[1])));
		return new DashboardTable("monthly", t.get("dashboard.monthly.title"),
				t.headers("dashboard.col.month", "dashboard.col.up", "dashboard.col.down"), rows,
				new Chart("line", 0, List.of(1, 2), Chart.COUNT));
	}

	private DashboardTable transitions(DashboardData data, Text t) {
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < TRANSITIONS.length; i++) {
			long events = 0;
			long[] buckets = new long[PhaseEvents.BUCKET_BOUNDS.length];
			for (PhaseEvents e : data.events()) {
				if ("UP".equals(e.direction()) && TRANSITIONS[i].equals(e.toPhase())) {
					events += e.events();
					for (int b = 0; b < buckets.length; b++) {
						buckets[b] += e.buckets()[b];
					}
				}
			}
			Double median = PhaseEvents.median(buckets);
			List<Object> row = new ArrayList<>(List.of(t.phase(Totals.PHASES[i + 1]) + " → " + t.phase(TRANSITIONS[i])));
			row.add(events);
			row.add(median == null ? null : (Object) Math.round(median));
			for (long b : buckets) {
				row.add(b);
			}
			rows.add(row);
		}
		List<String> headers = new ArrayList<>(t.headers("dashboard.col.transition", "dashboard.col.events",
				"dashboard.col.medianDays"));
		for (int b = 0; b < PhaseEvents.BUCKET_BOUNDS.length; b++) {
			int low = PhaseEvents.BUCKET_BOUNDS[b];
			headers.add(b + 1 < PhaseEvents.BUCKET_BOUNDS.length
					? t.get("dashboard.col.daysBetween", low, PhaseEvents.BUCKET_BOUNDS[b + 1] - 1)
					: t.get("dashboard.col.daysOver", low));
		}
		return new DashboardTable("transitions", t.get("dashboard.transitions.title"), headers, rows, null);
	}

	private DashboardTable stallsByDistrict(DashboardData data, Text t) {
		List<List<Object>> rows = new ArrayList<>();
		data.byDistrict()
			.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<String, Totals> e) -> -e.getValue().stalled())
				.thenComparing(e -> regions.nameOf(e.getKey())))
			.forEach(e -> rows.add(row(regions.nameOf(e.getKey()), regions.nameOf(e.getKey().substring(0, 5)),
					e.getValue().participants(), e.getValue().stalled(),
					share(e.getValue().stalled(), e.getValue().participants()))));
		return new DashboardTable("stalls-district", t.get("dashboard.stallsDistrict.title"),
				t.headers("dashboard.col.district", "dashboard.col.city", "dashboard.col.participants",
						"dashboard.col.stalled", "dashboard.col.share"),
				rows, new Chart("bar", 0, List.of(3), Chart.COUNT));
	}

	private DashboardTable stallsByMentor(DashboardData data, Text t) {
		List<List<Object>> rows = data.mentorsMostStalled()
			.stream()
			.filter(m -> m.stalledMentees() > 0)
			.map(m -> row(m.name(), (long) m.activeMentees(), (long) m.stalledMentees(),
					share(m.stalledMentees(), m.activeMentees())))
			.toList();
		return new DashboardTable("stalls-mentor", t.get("dashboard.stallsMentor.title", DashboardQueries.TOP_MENTORS),
				t.headers("dashboard.col.mentor", "dashboard.col.activeMentees", "dashboard.col.stalled",
						"dashboard.col.share"),
				rows, null);
	}

	private DashboardTable mentorLoad(DashboardData data, Text t) {
		List<List<Object>> rows = new ArrayList<>();
		long[] bands = data.mentorTotals().loadBands();
		for (int i = 0; i < bands.length; i++) {
			rows.add(row(t.get("dashboard.load." + i), bands[i]));
		}
		return new DashboardTable("mentor-load", t.get("dashboard.mentorLoad.title"),
				t.headers("dashboard.col.load", "dashboard.col.mentors"), rows, new Chart("bar", 0, List.of(1), Chart.COUNT));
	}

	private DashboardTable mentorSummary(DashboardData data, Text t) {
		MentorTotals m = data.mentorTotals();
		// sessions per active mentee per month, over the last 90 days (three months)
		Object frequency = m.activeMentees() == 0 ? null
				: (Object) (Math.round(m.sessions90Days() * 100.0 / m.activeMentees() / 3) / 100.0);
		List<List<Object>> rows = List.of(row(t.get("dashboard.mentor.count"), m.mentors()),
				row(t.get("dashboard.mentor.capacity"), m.capacity()),
				row(t.get("dashboard.mentor.active"), m.activeMentees()),
				row(t.get("dashboard.mentor.loadShare"), share(m.activeMentees(), m.capacity())),
				row(t.get("dashboard.mentor.sessions90"), m.sessions90Days()),
				row(t.get("dashboard.mentor.frequency"), frequency));
		return new DashboardTable("mentor-summary", t.get("dashboard.mentorSummary.title"),
				t.headers("dashboard.col.measure", "dashboard.col.value"), rows, null);
	}

	private DashboardTable outlets(DashboardData data, Text t) {
		List<List<Object>> rows = data.outlets()
			.stream()
			.map((OutletFigures o) -> row(o.name(), regions.nameOf(o.cityCode()), (long) o.places(), o.bookings(),
					new Percent(o.utilisation()), o.sales(), o.units()))
			.toList();
		return new DashboardTable("outlets", t.get("dashboard.outlets.title", DashboardQueries.TOP_OUTLETS),
				t.headers("dashboard.col.outlet", "dashboard.col.city", "dashboard.col.places",
						"dashboard.col.bookings", "dashboard.col.utilisation", "dashboard.col.sales",
						"dashboard.col.units"),
				rows, new Chart("bar", 0, List.of(5), Chart.RUPIAH));
	}

	/** Capital asked, approved and disbursed by kota ({@code byArea}) or by partner. */
	private DashboardTable capital(DashboardData data, Text t, boolean byArea) {
		List<List<Object>> rows = data.capital()
			.stream()
			.filter(c -> c.byArea() == byArea)
			.map((CapitalFigures c) -> row(byArea ? regions.nameOf(c.cityCode()) : c.partnerName(), c.applications(),
					c.requested(), c.approvals(), c.approved(), c.disbursements(), c.disbursed()))
			.toList();
		return new DashboardTable(byArea ? "capital-area" : "capital-partner",
				t.get(byArea ? "dashboard.capital.byArea" : "dashboard.capital.byPartner"),
				t.headers(byArea ? "dashboard.col.city" : "dashboard.col.partner", "dashboard.col.applications",
						"dashboard.col.requested", "dashboard.col.approvals", "dashboard.col.approved",
						"dashboard.col.disbursements", "dashboard.col.disbursed"),
				rows, new Chart("bar", 0, List.of(2, 4, 6), Chart.RUPIAH));
	}

	private DashboardTable targetsTotal(DashboardData data, Text t) {
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			long target = 0;
			for (long[] targets : data.targets().values()) {
				target += targets[i];
			}
			long reached = data.total().reached()[i];
			rows.add(row(t.step(i), target, reached, target == 0 ? null : share(reached, target)));
		}
		return new DashboardTable("targets-total", t.get("dashboard.targetsTotal.title"),
				t.headers("dashboard.col.step", "dashboard.col.target", "dashboard.col.realisedUnique",
						"dashboard.col.ofTarget"),
				rows, new Chart("bar", 0, List.of(1, 2), Chart.COUNT));
	}

	private DashboardTable targets(DashboardData data, Text t) {
		List<List<Object>> rows = new ArrayList<>();
		for (FosteringAgency agency : reference.agencies()) {
			long[] reached = data.agencyReached().getOrDefault(agency.code(), new long[8]);
			long[] targets = data.targets().getOrDefault(agency.code(), new long[7]);
			for (int i = 0; i < 7; i++) {
				rows.add(row(agency.code(), t.step(i), targets[i], reached[i + 1],
						targets[i] == 0 ? null : share(reached[i + 1], targets[i])));
			}
		}
		return new DashboardTable("targets", t.get("dashboard.targets.title"),
				t.headers("dashboard.col.agency", "dashboard.col.step", "dashboard.col.target",
						"dashboard.col.realised", "dashboard.col.ofTarget"),
				rows, null);
	}

	private DashboardTable districts(DashboardData data, Text t) {
		List<List<Object>> rows = new ArrayList<>();
		data.byDistrict()
			.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<String, Totals> e) -> regions.nameOf(e.getKey().substring(0, 5)))
				.thenComparing(e -> regions.nameOf(e.getKey())))
			.forEach(e -> {
				Totals d = e.getValue();
				double progress = d.participants() == 0 ? 0 : (double) d.movedUp() / d.participants();
				String level = progress >= HIGH_PROGRESS ? "HIGH" : progress >= MEDIUM_PROGRESS ? "MEDIUM" : "LOW";
				rows.add(row(regions.nameOf(e.getKey()), regions.nameOf(e.getKey().substring(0, 5)), d.participants(),
						d.movedUp(), new Percent(progress), d.reached()[3], d.stalled(),
						new Band(level, t.get("dashboard.band." + level))));
			});
		return new DashboardTable("districts", t.get("dashboard.districts.title"),
				t.headers("dashboard.col.district", "dashboard.col.city", "dashboard.col.participants",
						"dashboard.col.movedUp", "dashboard.col.progress", "dashboard.col.licensed",
						"dashboard.col.stalled", "dashboard.col.band"),
				rows, null);
	}

	/**
	 * The open-data file: participants, steps reached, moved up and stalled per kecamatan, with no names and no
	 * personal data; counts under {@link TableExports#SUPPRESS_BELOW} are suppressed by the export.
	 */
	DashboardTable openData(DashboardData data, Locale locale) {
		Text t = new Text(locale);
		List<List<Object>> rows = new ArrayList<>();
		data.byDistrict()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(e -> {
				Totals d = e.getValue();
				List<Object> row = new ArrayList<>(List.of(e.getKey().substring(0, 5), regions.nameOf(e.getKey().substring(0, 5)),
						e.getKey(), regions.nameOf(e.getKey()), d.participants()));
				for (long reached : d.reached()) {
					row.add(reached);
				}
				row.add(d.movedUp());
				row.add(d.stalled());
				rows.add(row);
			});
		List<String> headers = new ArrayList<>(List.of("kode_kota", "kota", "kode_kecamatan", "kecamatan", "peserta"));
		for (int i = 1; i <= 7; i++) {
			headers.add("tercapai_p" + i);
		}
		headers.add("naik_kelas");
		headers.add("macet_90_hari");
		return new DashboardTable("open-data", t.get("dashboard.openData.title"), headers, rows, null);
	}

	private static Percent share(long part, long whole) {
		return new Percent(whole == 0 ? 0 : (double) part / whole);
	}

	private static List<Object> row(Object... cells) {
		return java.util.Arrays.asList(cells);
	}

	/** Messages in one language. */
	private final class Text {

		private final Locale locale;

		Text(Locale locale) {
			this.locale = locale;
		}

		String get(String key, Object... args) {
			return messages.getMessage(key, args, locale);
		}

		List<String> headers(String... keys) {
			return java.util.Arrays.stream(keys).map(this::get).toList();
		}

		String step(int index) {
			return "P" + (index + 1) + " " + get("step.P" + (index + 1) + ".name");
		}

		String phase(String code) {
			return "NONE".equals(code) ? get("dashboard.phase.NONE") : get("assessment.phase." + code);
		}

	}

}

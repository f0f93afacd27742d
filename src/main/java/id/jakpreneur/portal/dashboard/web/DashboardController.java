package id.jakpreneur.portal.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.AssessmentReference;
import id.jakpreneur.portal.assessment.SizeClass;
import id.jakpreneur.portal.dashboard.query.DashboardData;
import id.jakpreneur.portal.dashboard.query.DashboardFilter;
import id.jakpreneur.portal.dashboard.query.DashboardQueries;
import id.jakpreneur.portal.dashboard.domain.SummaryRefresh;
import id.jakpreneur.portal.dashboard.query.TargetGroup;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.shared.Jakarta;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The province dashboard (administrators) and the area dashboard (officers: their kota or kecamatan only), the
 * exports of each of their tables with the filters applied, the open-data file and the on-demand refresh.
 */
@Controller
class DashboardController {

	static final String VIEW = "dashboard/dashboard";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final DashboardQueries queries;

	private final DashboardTables tables;

	private final EOrderTables eorder;

	private final FilterResolver filters;

	private final SummaryRefresh refresh;

	private final RegionChoices regionChoices;

	private final AssessmentReference reference;

	private final JsonMapper json;

	private final Clock clock;

	private final java.time.Duration refreshInterval;

	DashboardController(DashboardQueries queries, DashboardTables tables, EOrderTables eorder, FilterResolver filters,
			SummaryRefresh refresh, RegionChoices regionChoices, AssessmentReference reference, JsonMapper json,
			Clock clock, @Value("${jakpreneur.dashboard.refresh-interval:PT15M}") java.time.Duration refreshInterval) {
		this.eorder = eorder;
		this.refreshInterval = refreshInterval;
		this.queries = queries;
		this.tables = tables;
		this.filters = filters;
		this.refresh = refresh;
		this.regionChoices = regionChoices;
		this.reference = reference;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/admin/dashboard")
	String province(@ModelAttribute("filter") DashboardFilterForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
		return show("/admin/dashboard", form, errors, user, locale, model);
	}

	@GetMapping("/officer/dashboard")
	String area(@ModelAttribute("filter") DashboardFilterForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
		return show("/officer/dashboard", form, errors, user, locale, model);
	}

	@GetMapping("/admin/dashboard/export/{table}.{format}")
	ResponseEntity<byte[]> provinceExport(@PathVariable String table, @PathVariable String format,
			@ModelAttribute("filter") DashboardFilterForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, Locale locale) {
		return export(table, format, form, errors, user, locale);
	}

	@GetMapping("/officer/dashboard/export/{table}.{format}")
	ResponseEntity<byte[]> areaExport(@PathVariable String table, @PathVariable String format,
			@ModelAttribute("filter") DashboardFilterForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, Locale locale) {
		return export(table, format, form, errors, user, locale);
	}

	/** Aggregates per kecamatan for the province's open-data portal: no personal data, small counts suppressed. */
	@GetMapping("/admin/dashboard/open-data.csv")
	ResponseEntity<byte[]> openData(@ModelAttribute("filter") DashboardFilterForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, Locale locale) {
		DashboardData data = queries.load(filters.resolve(form, errors, user));
		return file(TableExports.csv(tables.openData(data, locale), true), "jakpreneur-open-data", "csv",
				"text/csv;charset=UTF-8");
	}

	@PostMapping("/admin/dashboard/refresh")
	String refreshProvince(RedirectAttributes redirect) {
		return refreshNow("/admin/dashboard", redirect);
	}

	@PostMapping("/officer/dashboard/refresh")
	String refreshArea(RedirectAttributes redirect) {
		return refreshNow("/officer/dashboard", redirect);
	}

	/** Rebuilds the summaries unless they were rebuilt a moment ago (for everyone: the summaries are one). */
	private String refreshNow(String base, RedirectAttributes redirect) {
		String message = switch (refresh.refreshOnDemand()) {
			case REFRESHED -> "dashboard.refresh.done";
			case RUNNING -> "dashboard.refresh.running";
			case RECENT -> "dashboard.refresh.recent";
		};
		redirect.addFlashAttribute("flashSuccess", message);
		return "redirect:" + base;
	}

	private String show(String base, DashboardFilterForm form, BindingResult errors, PortalUser user, Locale locale,
			Model model) {
		DashboardFilter filter = filters.resolve(form, errors, user);
		DashboardData data = queries.load(filter);
		List<DashboardTable> all = tablesOf(data, locale);
		Map<String, PageTable> byId = new LinkedHashMap<>();
		Map<String, ChartView> charts = new LinkedHashMap<>();
		for (DashboardTable table : all) {
			byId.put(table.id(), PageTable.of(table, locale));
			if (table.chart() != null) {
				charts.put(table.id(), ChartView.of(table, json));
			}
		}
		model.addAttribute("base", base);
		model.addAttribute("province", user.role() == Role.ADMIN && base.startsWith("/admin"));
		model.addAttribute("tables", byId);
		model.addAttribute("charts", charts);
		model.addAttribute("keyFigures", Map.of("participants", TableExports.display(data.total().participants(), locale),
				"movedUp", TableExports.display(data.total().movedUp(), locale), "stalled",
				TableExports.display(data.total().stalled(), locale)));
		model.addAttribute("query", form.toQuery());
		model.addAttribute("refreshedAt", data.refreshedAt().map(at -> asOf(at, locale)).orElse(null));
		model.addAttribute("refreshMinutes", refreshInterval.toMinutes());
		addChoices(model, FilterResolver.areaOf(user), form);
		return VIEW;
	}

	/** When the summaries were computed, as the pages say it (Jakarta time). */
	static String asOf(java.time.Instant at, Locale locale) {
		return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale).format(at.atZone(Jakarta.ZONE));
	}

	private void addChoices(Model model, java.util.Set<String> area, DashboardFilterForm form) {
		model.addAttribute("years", java.util.stream.IntStream.rangeClosed(FilterResolver.FIRST_YEAR, filters.lastYear())
			.boxed().sorted(java.util.Comparator.reverseOrder()).toList());
		model.addAttribute("regionChoices", regionChoices.of(area, form));
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("agencies", reference.agencies());
		model.addAttribute("groups", TargetGroup.values());
		model.addAttribute("sizes", SizeClass.values());
	}

	private ResponseEntity<byte[]> export(String id, String format, DashboardFilterForm form, BindingResult errors,
			PortalUser user, Locale locale) {
		if (!(DashboardTables.IDS.contains(id) || EOrderTables.IDS.contains(id))
				|| !(format.equals("csv") || format.equals("xlsx"))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		DashboardTable table = tablesOf(queries.load(filters.resolve(form, errors, user)), locale).stream()
			.filter(t -> t.id().equals(id))
			.findFirst()
			.orElseThrow();
		return format.equals("csv") ? file(TableExports.csv(table, false), "dashboard-" + id, "csv", "text/csv;charset=UTF-8")
				: file(TableExports.xlsx(table), "dashboard-" + id, "xlsx", XLSX);
	}

	/** Every table of the page: the programme's, then e-Order's. */
	private List<DashboardTable> tablesOf(DashboardData data, Locale locale) {
		List<DashboardTable> all = new ArrayList<>(tables.all(data, locale));
		all.addAll(eorder.all(data, locale));
		return all;
	}

	private ResponseEntity<byte[]> file(byte[] bytes, String name, String extension, String type) {
		String filename = name + "-" + LocalDate.now(clock) + "." + extension;
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.contentType(MediaType.parseMediaType(type))
			.body(bytes);
	}

}

package id.jakpreneur.portal.reporting.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.document.DocumentPurpose;
import id.jakpreneur.portal.document.DocumentRefusedException;
import id.jakpreneur.portal.document.Documents;
import id.jakpreneur.portal.entrepreneur.CurrentParticipant;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.reporting.MonthlyReport;
import id.jakpreneur.portal.reporting.ReportOverview;
import id.jakpreneur.portal.reporting.ReportStatus;
import id.jakpreneur.portal.reporting.domain.FinancialReports;
import id.jakpreneur.portal.reporting.domain.ReportRefusedException;
import id.jakpreneur.portal.reporting.query.ReportQueries;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * P6 on the participant's side: the monthly report form, and the last twelve months as a chart (drawn by
 * static/js/reports-chart.js from a data attribute, as the CSP forbids inline scripts) beside a table of the same
 * numbers for screen readers and printing.
 */
@Controller
@RequestMapping("/me/reports")
class ReportController {

	static final String VIEW = "reporting/reports";

	private final FinancialReports reports;

	private final ReportQueries queries;

	private final JsonMapper json;

	private final Documents documents;

	private final Clock clock;

	ReportController(FinancialReports reports, ReportQueries queries, JsonMapper json, Documents documents,
			Clock clock) {
		this.documents = documents;
		this.reports = reports;
		this.queries = queries;
		this.json = json;
		this.clock = clock;
	}

	/** The page with a blank form for last month, or with a returned report's figures to correct ({@code correct}). */
	@GetMapping
	String show(@CurrentParticipant ParticipantView me, @RequestParam(name = "correct", required = false) String correct,
			Model model, Locale locale) {
		ReportOverview overview = queries.overview(me.id());
		MonthlyReport returned = returned(overview, correct);
		ReportForm form = returned != null ? ReportForm.of(returned) : new ReportForm();
		if (returned == null) {
			form.setMonth(YearMonth.now(clock).minusMonths(1));
			form.setShareOffline(100);
			form.setShareMarketplace(0);
			form.setShareSocialMedia(0);
			form.setShareReseller(0);
		}
		model.addAttribute("form", form);
		return view(me, model, locale);
	}

	private static MonthlyReport returned(ReportOverview overview, String month) {
		if (month == null) {
			return null;
		}
		try {
			MonthlyReport report = overview.reportOf(YearMonth.parse(month));
			return report != null && report.status() == ReportStatus.RETURNED ? report : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	@PostMapping
	String file(@AuthenticationPrincipal PortalUser user, @CurrentParticipant ParticipantView me,
			@Valid @ModelAttribute("form") ReportForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		form.validateFigures(result);
		if (!result.hasErrors()) {
			try {
				reports.file(user, form.toDraft(), form.getDocument());
				redirect.addFlashAttribute("flashSuccess", "programme.report.filed");
				return "redirect:/me/reports";
			}
			catch (ReportRefusedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
			catch (DocumentRefusedException ex) {
				result.rejectValue("document", ex.messageKey());
			}
		}
		return view(me, model, locale);
	}

	private String view(ParticipantView me, Model model, Locale locale) {
		ReportOverview overview = queries.overview(me.id());
		model.addAttribute("overview", overview);
		model.addAttribute("reportDocuments", documents.of(DocumentPurpose.FINANCIAL_REPORT,
				overview.reports().values().stream().map(MonthlyReport::id).toList()));
		model.addAttribute("chartData", chartData(overview, locale));
		model.addAttribute("lastMonth", YearMonth.now(clock).minusMonths(1));
		return VIEW;
	}

	/** Labels and the two series as JSON; a month without a report is null, so the chart shows a gap. */
	private String chartData(ReportOverview overview, Locale locale) {
		DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yyyy", locale);
		List<String> labels = new ArrayList<>();
		List<Long> sales = new ArrayList<>();
		List<Long> costs = new ArrayList<>();
		for (YearMonth month : overview.months()) {
			MonthlyReport report = overview.reportOf(month);
			labels.add(label.format(month));
			sales.add(report == null ? null : report.sales());
			costs.add(report == null ? null : report.costs());
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("labels", labels);
		data.put("sales", sales);
		data.put("costs", costs);
		return json.writeValueAsString(data);
	}

}

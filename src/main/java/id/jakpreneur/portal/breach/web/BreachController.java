package id.jakpreneur.portal.breach.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.breach.domain.BreachRefusedException;
import id.jakpreneur.portal.breach.domain.BreachResponse;
import id.jakpreneur.portal.breach.domain.IncidentDraft;
import id.jakpreneur.portal.breach.query.BreachQueries;
import id.jakpreneur.portal.breach.query.IncidentRow;
import id.jakpreneur.portal.breach.query.TouchedPerson;
import id.jakpreneur.portal.shared.Csv;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Breach response for administrators: record a suspected breach through an account and a time window, see the
 * people that account touched (a page at a time), tell them, and download the list for the authority.
 */
@Controller
@RequestMapping("/admin/privacy/breach")
class BreachController {

	static final String LIST_VIEW = "breach/list";

	static final String INCIDENT_VIEW = "breach/incident";

	private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(Jakarta.ZONE);

	private final BreachResponse response;

	private final BreachQueries queries;

	private final AccountManagement accounts;

	private final Clock clock;

	BreachController(BreachResponse response, BreachQueries queries, AccountManagement accounts, Clock clock) {
		this.response = response;
		this.queries = queries;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping
	String list(@PageableDefault(size = 20) Pageable page, Model model) {
		BreachForm form = new BreachForm();
		form.setDiscoveredAt(LocalDateTime.now(clock.withZone(Jakarta.ZONE)).withSecond(0).withNano(0));
		model.addAttribute("form", form);
		return showList(page, model);
	}

	@PostMapping
	String record(@AuthenticationPrincipal PortalUser admin, @Valid @ModelAttribute("form") BreachForm form,
			BindingResult result, Model model) {
		Long accountId = null;
		if (!result.hasFieldErrors("account")) {
			accountId = accounts.findIdByLoginName(form.getAccount()).orElse(null);
			if (accountId == null) {
				result.rejectValue("account", "breach.account.unknown");
			}
		}
		if (!result.hasErrors()) {
			try {
				long id = response.record(admin, new IncidentDraft(accountId, instant(form.getWindowFrom()),
						instant(form.getWindowUntil()), instant(form.getDiscoveredAt()), form.getDescription()));
				return "redirect:/admin/privacy/breach/" + id;
			}
			catch (BreachRefusedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return showList(Pageable.ofSize(20), model);
	}

	@GetMapping("/{id}")
	String incident(@PathVariable long id, @PageableDefault(size = 50) Pageable page, Model model) {
		IncidentRow incident = queries.incident(id).orElseThrow(NotFoundException::new);
		model.addAttribute("incident", incident);
		model.addAttribute("people", queries.people(incident, page));
		model.addAttribute("now", clock.instant());
		return INCIDENT_VIEW;
	}

	@PostMapping("/{id}/notify")
	String notifyPeople(@AuthenticationPrincipal PortalUser admin, @PathVariable long id,
			RedirectAttributes redirect) {
		int told = response.notifyPeople(admin, id);
		redirect.addFlashAttribute("told", told);
		return "redirect:/admin/privacy/breach/" + id;
	}

	/** The list for the authority: who, what data (kinds, never a value; no NIK or KK), when. */
	@GetMapping(value = "/{id}/export.csv", produces = "text/csv;charset=UTF-8")
	@ResponseBody
	ResponseEntity<String> export(@PathVariable long id) {
		IncidentRow incident = queries.incident(id).orElseThrow(NotFoundException::new);
		List<TouchedPerson> people = queries.everyone(incident);
		String csv = Csv.line(List.of("participant_id", "account_id", "name", "role", "sources", "data_touched",
				"first_at", "last_at", "times"))
				+ people.stream()
					.map(p -> Csv.line(List.of(String.valueOf(p.participantId() == null ? "" : p.participantId()),
							String.valueOf(p.accountId() == null ? "" : p.accountId()), p.name() == null ? "" : p.name(),
							p.role() == null ? "" : p.role(), String.join(" ", p.sources()),
							String.join(" ", p.touched()), CSV_TIME.format(p.firstAt()),
							CSV_TIME.format(p.lastAt()), String.valueOf(p.times()))))
					.collect(Collectors.joining());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"insiden-" + id + ".csv\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(csv);
	}

	private String showList(Pageable page, Model model) {
		model.addAttribute("incidents", queries.incidents(page));
		model.addAttribute("now", clock.instant());
		return LIST_VIEW;
	}

	private static java.time.Instant instant(LocalDateTime time) {
		return time.atZone(Jakarta.ZONE).toInstant();
	}

}

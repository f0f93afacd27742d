package id.jakpreneur.portal.entrepreneur.web;

import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ConsentView;
import id.jakpreneur.portal.entrepreneur.Consents;
import id.jakpreneur.portal.entrepreneur.CurrentParticipant;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.entrepreneur.domain.PersonalData;
import id.jakpreneur.portal.shared.Csv;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participant's own privacy page: their consent, who looked at their NIK or KK and why, a download of all
 * their data, and a request for deletion.
 */
@Controller
@RequestMapping("/me/privacy")
class PrivacyController {

	static final String VIEW = "entrepreneur/privacy";

	private final PersonalData personalData;

	private final Consents consents;

	PrivacyController(PersonalData personalData, Consents consents) {
		this.personalData = personalData;
		this.consents = consents;
	}

	@GetMapping
	String show(@CurrentParticipant ParticipantView me, Model model) {
		model.addAttribute("participant", me);
		List<ConsentView> all = consents.of(me.id());
		model.addAttribute("consentChoices", ConsentChoice.of(all));
		model.addAttribute("consents", all);
		model.addAttribute("accessLog", personalData.accessLog(me.id()));
		model.addAttribute("deletion", personalData.deletionStatus(me.id()).orElse(null));
		return VIEW;
	}

	@GetMapping(value = "/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> exportJson(@AuthenticationPrincipal PortalUser user,
			@CurrentParticipant ParticipantView me) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"jakpreneur-data-saya.json\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(personalData.export(user, me.id()));
	}

	@GetMapping(value = "/export.csv", produces = "text/csv;charset=UTF-8")
	@ResponseBody
	ResponseEntity<String> exportCsv(@AuthenticationPrincipal PortalUser user,
			@CurrentParticipant ParticipantView me) {
		StringBuilder csv = new StringBuilder(Csv.line(List.of("field", "value")));
		personalData.export(user, me.id()).forEach((key, value) -> flatten(key, value, csv));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"jakpreneur-data-saya.csv\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(csv.toString());
	}

	/** One line per value: a module's section and its lists as dotted and indexed names ({@code mentoring.sessions.0.notes}). */
	private static void flatten(String name, Object value, StringBuilder csv) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, inner) -> flatten(name + "." + key, inner, csv));
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				flatten(name + "." + i, list.get(i), csv);
			}
		}
		else {
			csv.append(Csv.line(List.of(name, String.valueOf(value))));
		}
	}

	@PostMapping("/deletion")
	String requestDeletion(@AuthenticationPrincipal PortalUser user, @CurrentParticipant ParticipantView me,
			RedirectAttributes redirect) {
		personalData.requestDeletion(user, me.id());
		redirect.addFlashAttribute("flashSuccess", "privacy.deletion.requested");
		return "redirect:/me/privacy";
	}

}

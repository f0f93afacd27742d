package id.jakpreneur.portal.entrepreneur.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
		String csv = Csv.line(List.of("field", "value")) + personalData.export(user, me.id())
			.entrySet()
			.stream()
			.map(e -> Csv.line(List.of(e.getKey(), String.valueOf(e.getValue()))))
			.collect(Collectors.joining());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"jakpreneur-data-saya.csv\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(csv);
	}

	@PostMapping("/deletion")
	String requestDeletion(@AuthenticationPrincipal PortalUser user, @CurrentParticipant ParticipantView me,
			RedirectAttributes redirect) {
		personalData.requestDeletion(user, me.id());
		redirect.addFlashAttribute("flashSuccess", "privacy.deletion.requested");
		return "redirect:/me/privacy";
	}

}

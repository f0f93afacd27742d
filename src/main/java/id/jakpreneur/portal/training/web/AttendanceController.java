package id.jakpreneur.portal.training.web;

import java.util.HashSet;
import java.util.List;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.training.domain.AttendanceRegister;
import id.jakpreneur.portal.training.domain.TrainingRefusedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One session's attendance list, made to be ticked on a phone at the door: a checkbox per seated participant. */
@Controller
@RequestMapping("/officer/classes/{id}/sessions/{sessionId}/attendance")
class AttendanceController {

	static final String VIEW = "training/attendance";

	private final AttendanceRegister register;

	AttendanceController(AttendanceRegister register) {
		this.register = register;
	}

	@GetMapping
	String sheet(@AuthenticationPrincipal PortalUser officer, @PathVariable long id, @PathVariable long sessionId,
			Model model) {
		model.addAttribute("sheet", register.sheet(officer, id, sessionId));
		return VIEW;
	}

	@PostMapping
	String record(@AuthenticationPrincipal PortalUser officer, @PathVariable long id, @PathVariable long sessionId,
			@RequestParam(name = "present", required = false) List<Long> present, RedirectAttributes redirect) {
		int certified;
		try {
			certified = register.record(officer, id, sessionId, present == null ? new HashSet<>() : new HashSet<>(present));
		}
		catch (TrainingRefusedException refused) {
			redirect.addFlashAttribute("flashError", refused.messageKey());
			return "redirect:/officer/classes/" + id + "/sessions/" + sessionId + "/attendance";
		}
		redirect.addFlashAttribute("flashSuccess",
				certified > 0 ? "programme.attendance.savedWithCertificates" : "programme.attendance.saved");
		return "redirect:/officer/classes/" + id + "/sessions/" + sessionId + "/attendance";
	}

}

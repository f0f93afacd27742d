package id.jakpreneur.portal.licensing.web;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.document.DocumentPurpose;
import id.jakpreneur.portal.document.Documents;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.licensing.domain.LicenceRefusedException;
import id.jakpreneur.portal.licensing.domain.Licences;
import id.jakpreneur.portal.licensing.query.LicenceQueries;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * P4 on the officer's side: a participant's licences with their route and documents, and the review of each
 * submitted licence after seeing the document: verify it, or return it with a reason the citizen reads. Only
 * participants of the officer's area; others are "not found".
 */
@Controller
@RequestMapping("/officer/entrepreneurs/{participantId}/licences")
class OfficerLicenceController {

	static final String VIEW = "licensing/officer-licences";

	private final ParticipantRecords records;

	private final LicenceQueries queries;

	private final Licences licences;

	private final Documents documents;

	OfficerLicenceController(ParticipantRecords records, LicenceQueries queries, Licences licences,
			Documents documents) {
		this.records = records;
		this.queries = queries;
		this.licences = licences;
		this.documents = documents;
	}

	@GetMapping
	String show(@AuthenticationPrincipal PortalUser officer, @PathVariable long participantId, Model model) {
		ParticipantView participant = records.get(officer, participantId);
		model.addAttribute("participant", participant);
		var lines = queries.of(participant);
		model.addAttribute("lines", lines);
		model.addAttribute("documents", documents.of(DocumentPurpose.LICENCE, LicenceDocuments.ids(lines)));
		model.addAttribute("completed", queries.completed(participantId));
		return VIEW;
	}

	/**
	 * Returns a submitted licence with the officer's reason; a missing or too long reason is shown beside the
	 * licence's own reason field, with what the officer typed, and nothing changes.
	 */
	@PostMapping("/{licenceId}/return")
	String returnLicence(@AuthenticationPrincipal PortalUser officer, @PathVariable long participantId,
			@PathVariable long licenceId, @RequestParam(name = "reason", required = false) String reason, Model model,
			RedirectAttributes redirect) {
		try {
			licences.returnLicence(officer, participantId, licenceId, reason);
			redirect.addFlashAttribute("flashSuccess", "programme.licence.returned");
			return "redirect:/officer/entrepreneurs/" + participantId + "/licences";
		}
		catch (LicenceRefusedException ex) {
			if (!"reason".equals(ex.field())) {
				redirect.addFlashAttribute("flashError", ex.messageKey());
				return "redirect:/officer/entrepreneurs/" + participantId + "/licences";
			}
			model.addAttribute("returnFailed", licenceId);
			model.addAttribute("returnError", ex.messageKey());
			model.addAttribute("returnReason", reason == null ? "" : reason);
			return show(officer, participantId, model);
		}
	}

	@PostMapping("/{licenceId}/verify")
	String verify(@AuthenticationPrincipal PortalUser officer, @PathVariable long participantId,
			@PathVariable long licenceId, RedirectAttributes redirect) {
		try {
			licences.verify(officer, participantId, licenceId);
			redirect.addFlashAttribute("flashSuccess", "programme.licence.verified");
		}
		catch (LicenceRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/officer/entrepreneurs/" + participantId + "/licences";
	}

}

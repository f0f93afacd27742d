package id.jakpreneur.portal.licensing.web;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.document.DocumentPurpose;
import id.jakpreneur.portal.document.DocumentRefusedException;
import id.jakpreneur.portal.document.Documents;
import id.jakpreneur.portal.entrepreneur.CurrentParticipant;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.licensing.LicenceDecision;
import id.jakpreneur.portal.licensing.LicenceLine;
import id.jakpreneur.portal.licensing.LicenceStatus;
import id.jakpreneur.portal.licensing.domain.LicenceRefusedException;
import id.jakpreneur.portal.licensing.domain.Licences;
import id.jakpreneur.portal.licensing.query.LicenceQueries;
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

/**
 * P4 on the participant's side: the licence route of their business with where to go for each licence, the
 * officer's reason for a returned one, and the form to record a licence (in process, or issued with its number,
 * dates and the photo or scan of its certificate) for an officer to verify; a returned licence is corrected and
 * resubmitted with the same form.
 */
@Controller
@RequestMapping("/me/licences")
class MyLicencesController {

	static final String VIEW = "licensing/my-licences";

	private final LicenceQueries queries;

	private final Licences licences;

	private final Documents documents;

	MyLicencesController(LicenceQueries queries, Licences licences, Documents documents) {
		this.queries = queries;
		this.licences = licences;
		this.documents = documents;
	}

	@GetMapping
	String show(@CurrentParticipant ParticipantView me, @RequestParam(required = false) LicenceType type,
			Model model) {
		LicenceForm form = new LicenceForm();
		var lines = queries.of(me);
		LicenceLine chosen = lines.stream()
			.filter(l -> type != null ? l.type() == type : l.next())
			.findFirst().orElse(null);
		form.setType(chosen != null ? chosen.type() : type);
		if (chosen != null) {
			form.setStatus(chosen.status() == LicenceStatus.IN_PROCESS ? LicenceStatus.IN_PROCESS : LicenceStatus.ISSUED);
			form.setNumber(chosen.number() != null ? chosen.number() : chosen.declaredNumber());
			form.setIssuedOn(chosen.issuedOn());
			form.setExpiresOn(chosen.expiresOn());
			form.setOtherName(chosen.otherName());
		}
		model.addAttribute("form", form);
		return view(me, model);
	}

	@PostMapping
	String record(@AuthenticationPrincipal PortalUser user, @CurrentParticipant ParticipantView me,
			@Valid @ModelAttribute("form") LicenceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.validateNumber(result);
		if (!result.hasErrors()) {
			try {
				LicenceDecision decision = licences.record(user, form.toDraft(), form.getDocument());
				redirect.addFlashAttribute("flashSuccess", decision == LicenceDecision.RESUBMITTED
						? "programme.licence.resubmitted" : "programme.licence.recorded");
				return "redirect:/me/licences";
			}
			catch (LicenceRefusedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
			catch (DocumentRefusedException ex) {
				result.rejectValue("document", ex.messageKey());
			}
		}
		return view(me, model);
	}

	private String view(ParticipantView me, Model model) {
		model.addAttribute("participant", me);
		var lines = queries.of(me);
		model.addAttribute("lines", lines);
		model.addAttribute("documents", documents.of(DocumentPurpose.LICENCE, LicenceDocuments.ids(lines)));
		model.addAttribute("completed", queries.completed(me.id()));
		model.addAttribute("types", LicenceType.values());
		model.addAttribute("statuses", new LicenceStatus[] { LicenceStatus.IN_PROCESS, LicenceStatus.ISSUED });
		return VIEW;
	}

}

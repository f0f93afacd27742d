package id.jakpreneur.portal.assessment.web;

import id.jakpreneur.portal.assessment.policy.MainObstacle;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.SalesChannel;
import id.jakpreneur.portal.entrepreneur.Sector;
import org.springframework.ui.Model;

/** The choices the questionnaire offers. */
final class QuestionnaireOptions {

	private QuestionnaireOptions() {
	}

	static void addTo(Model model) {
		model.addAttribute("stages", BusinessStage.values());
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("salesChannels", SalesChannel.values());
		model.addAttribute("licenceTypes", LicenceType.DECLARABLE);
		model.addAttribute("obstacles", MainObstacle.values());
		model.addAttribute("productSectors", AnswersFormValidator.PRODUCT_SECTORS);
	}

}

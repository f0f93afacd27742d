package id.jakpreneur.portal.assessment.web;

import java.util.EnumSet;
import java.util.Set;

import id.jakpreneur.portal.assessment.domain.Answers;
import id.jakpreneur.portal.entrepreneur.BusinessFactsValidator;
import id.jakpreneur.portal.entrepreneur.Sector;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The questionnaire's rules that depend on other answers: first the business facts' own rules (start date, money,
 * NIB, licence numbers: {@link BusinessFactsValidator}); then a running business says whether it sells regularly,
 * with its monthly sales; a product business says whether its products are packaged and labelled, a food business
 * whether it knows the shelf life. For an idea, the questions about selling are left out. Each problem becomes a
 * message beside its field.
 */
@Component
class AnswersFormValidator {

	/** Sectors that sell a physical product, so packaging and labels are asked about. */
	static final Set<Sector> PRODUCT_SECTORS = EnumSet.of(Sector.KULINER, Sector.FESYEN, Sector.KRIYA,
			Sector.AGRIBISNIS);

	private final BusinessFactsValidator facts;

	AnswersFormValidator(BusinessFactsValidator facts) {
		this.facts = facts;
	}

	void validate(AnswersForm form, Errors errors) {
		facts.validate(form, errors);
		if (!form.running()) {
			return;
		}
		required(form.getSellsRegularly(), "sellsRegularly", errors);
		if (!errors.hasFieldErrors("monthlySales") && Boolean.TRUE.equals(form.getSellsRegularly())
				&& form.monthlySalesAmount() == 0) {
			errors.rejectValue("monthlySales", "assessment.form.monthlySales.neededWhenSelling");
		}
		if (form.getSector() != null && PRODUCT_SECTORS.contains(form.getSector())) {
			required(form.getHasPackaging(), "hasPackaging", errors);
			required(form.getHasLabel(), "hasLabel", errors);
			if (form.getSector() == Sector.KULINER) {
				required(form.getKnowsShelfLife(), "knowsShelfLife", errors);
			}
		}
	}

	private static void required(Object value, String field, Errors errors) {
		if (value == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "validation.required");
		}
	}

	/** The answers, once {@link #validate} found no problem. An idea's answers about selling are left out. */
	Answers toAnswers(AnswersForm form) {
		boolean running = form.running();
		return new Answers(form.getStage(), running ? form.getRunningSince() : null, form.getSector(),
				running && Boolean.TRUE.equals(form.getSellsRegularly()), running ? form.monthlySalesAmount() : 0,
				form.capitalAmount(), form.getEmployees(), form.licenceNumbers(),
				Boolean.TRUE.equals(form.getHasPackaging()), Boolean.TRUE.equals(form.getHasLabel()),
				Boolean.TRUE.equals(form.getKnowsShelfLife()), form.getChannels(),
				Boolean.TRUE.equals(form.getKeepsBooks()), Boolean.TRUE.equals(form.getSeparatesMoney()),
				Boolean.TRUE.equals(form.getHadCredit()), Boolean.TRUE.equals(form.getHasDigitalPresence()),
				form.getMainObstacle());
	}

}

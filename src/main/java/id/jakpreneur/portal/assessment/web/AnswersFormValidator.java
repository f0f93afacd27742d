package id.jakpreneur.portal.assessment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import id.jakpreneur.portal.assessment.domain.Answers;
import id.jakpreneur.portal.assessment.Assessing;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.shared.Rupiah;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The questionnaire's rules that depend on other answers: a running business gives its start date, whether it
 * sells regularly and its monthly sales; a product business says whether its products are packaged and labelled,
 * a food business whether it knows the shelf life; an NIB has 13 digits; money is read the Indonesian way. For an
 * idea, the questions about selling are left out. Each problem becomes a message beside its field.
 */
@Component
class AnswersFormValidator {

	/** Sectors that sell a physical product, so packaging and labels are asked about. */
	static final Set<Sector> PRODUCT_SECTORS = EnumSet.of(Sector.KULINER, Sector.FESYEN, Sector.KRIYA,
			Sector.AGRIBISNIS);

	private final Clock clock = Clock.system(Assessing.JAKARTA);

	void validate(AnswersForm form, Errors errors) {
		LocalDate today = LocalDate.now(clock);
		boolean running = form.getStage() == BusinessStage.RUNNING;
		if (running) {
			validateRunning(form, errors, today);
		}
		money(form.getCapital(), "capital", true, errors);
		if (running && form.getSector() != null && PRODUCT_SECTORS.contains(form.getSector())) {
			required(form.getHasPackaging(), "hasPackaging", errors);
			required(form.getHasLabel(), "hasLabel", errors);
			if (form.getSector() == Sector.KULINER) {
				required(form.getKnowsShelfLife(), "knowsShelfLife", errors);
			}
		}
		if (form.getLicences().contains(LicenceType.NIB) && !errors.hasFieldErrors("nibNumber")) {
			String nib = digits(form.getNibNumber());
			if (nib.isEmpty()) {
				errors.rejectValue("nibNumber", "assessment.form.nib.required");
			}
			else if (!nib.matches("\\d{13}")) {
				errors.rejectValue("nibNumber", "assessment.form.nib.invalid");
			}
		}
	}

	private static void validateRunning(AnswersForm form, Errors errors, LocalDate today) {
		if (!errors.hasFieldErrors("runningSince")) {
			if (form.getRunningSince() == null) {
				errors.rejectValue("runningSince", "assessment.form.runningSince.required");
			}
			else if (form.getRunningSince().isAfter(today)) {
				errors.rejectValue("runningSince", "validation.dateInFuture");
			}
			else if (form.getRunningSince().isBefore(LocalDate.of(1945, 8, 17))) {
				errors.rejectValue("runningSince", "assessment.form.runningSince.implausible");
			}
		}
		required(form.getSellsRegularly(), "sellsRegularly", errors);
		money(form.getMonthlySales(), "monthlySales", true, errors);
		if (!errors.hasFieldErrors("monthlySales") && Boolean.TRUE.equals(form.getSellsRegularly())
				&& Rupiah.parse(form.getMonthlySales()).orElse(0) == 0) {
			errors.rejectValue("monthlySales", "assessment.form.monthlySales.neededWhenSelling");
		}
	}

	private static void required(Object value, String field, Errors errors) {
		if (value == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "validation.required");
		}
	}

	private static void money(String text, String field, boolean required, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return;
		}
		if (text == null || text.isBlank()) {
			if (required) {
				errors.rejectValue(field, "validation.required");
			}
			return;
		}
		if (text.strip().startsWith("-")) {
			errors.rejectValue(field, "validation.notNegative");
		}
		else if (Rupiah.parse(text).isEmpty()) {
			errors.rejectValue(field, "validation.rupiah");
		}
	}

	/** The answers, once {@link #validate} found no problem. An idea's answers about selling are left out. */
	Answers toAnswers(AnswersForm form) {
		boolean running = form.getStage() == BusinessStage.RUNNING;
		Map<LicenceType, String> licences = new EnumMap<>(LicenceType.class);
		for (LicenceType type : form.getLicences()) {
			licences.put(type, licenceNumber(form, type));
		}
		return new Answers(form.getStage(), running ? form.getRunningSince() : null, form.getSector(),
				running && Boolean.TRUE.equals(form.getSellsRegularly()),
				running ? Rupiah.parse(form.getMonthlySales()).orElse(0) : 0, Rupiah.parse(form.getCapital()).orElse(0),
				form.getEmployees(), licences, Boolean.TRUE.equals(form.getHasPackaging()),
				Boolean.TRUE.equals(form.getHasLabel()), Boolean.TRUE.equals(form.getKnowsShelfLife()),
				form.getChannels(), Boolean.TRUE.equals(form.getKeepsBooks()),
				Boolean.TRUE.equals(form.getSeparatesMoney()), Boolean.TRUE.equals(form.getHadCredit()),
				Boolean.TRUE.equals(form.getHasDigitalPresence()), form.getMainObstacle());
	}

	private static String licenceNumber(AnswersForm form, LicenceType type) {
		String number = switch (type) {
			case NIB -> digits(form.getNibNumber());
			case SPP_IRT -> form.getSppIrtNumber();
			case HALAL -> form.getHalalNumber();
			case HAKI -> form.getHakiNumber();
			case BPOM -> form.getBpomNumber();
			case PKP, OTHER -> null;
		};
		return number == null ? "" : number.strip();
	}

	/** An NIB as typed, without the spaces, dots or dashes people put between digit groups. */
	private static String digits(String text) {
		return text == null ? "" : text.replaceAll("[\\s.\\-]", "");
	}

}

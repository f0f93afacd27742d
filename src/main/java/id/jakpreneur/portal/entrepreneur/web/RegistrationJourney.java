package id.jakpreneur.portal.entrepreneur.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.domain.IdentityNumbers;
import id.jakpreneur.portal.entrepreneur.domain.NewRegistration;
import id.jakpreneur.portal.entrepreneur.domain.RegistrationChannel;
import id.jakpreneur.portal.entrepreneur.domain.RegistrationDrafts;
import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.region.RegionView;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The registration journey, online and at the counter: one topic per page ({@link RegistrationStep}), the answers
 * kept in a draft between pages. Each page's answers replace that page's part of the draft (kept even when they are
 * wrong, so nothing typed is lost), then the whole draft is bound to a {@link RegistrationForm} and checked by every
 * rule, and the page shows only the errors of its own fields. The check page shows every answer; the registration
 * is sent only when no page has an error, through the same use cases as before.
 */
@Component
class RegistrationJourney {

	static final String VIEW = "entrepreneur/journey";

	/** Longer than any field may be, so a value cut here is still refused as too long. */
	private static final int LONGEST_VALUE = 1_000;

	private static final int MOST_VALUES = 20;

	private final RegistrationDrafts drafts;

	private final ParticipantFormValidator validator;

	private final SpringValidatorAdapter beanValidator;

	private final FormattingConversionService conversion;

	private final FormOptions options;

	private final RegionDirectory regions;

	private final String noticeVersion;

	RegistrationJourney(RegistrationDrafts drafts, ParticipantFormValidator validator, jakarta.validation.Validator beanValidator,
			@Qualifier("mvcConversionService") FormattingConversionService conversion, FormOptions options,
			RegionDirectory regions, @Value("${jakpreneur.privacy.version}") String noticeVersion) {
		this.drafts = drafts;
		this.validator = validator;
		this.beanValidator = new SpringValidatorAdapter(beanValidator);
		this.conversion = conversion;
		this.options = options;
		this.regions = regions;
		this.noticeVersion = noticeVersion;
	}

	/**
	 * Where a journey runs: its path ({@code /register} or the counter's) and, at the counter, the officer (whose
	 * area the kelurahan must be in); online the officer is null.
	 */
	record Desk(String base, PortalUser officer) {

		boolean walkIn() {
			return officer != null;
		}

		String redirectTo(RegistrationStep step) {
			return "redirect:" + base + "/" + step.getSlug();
		}

	}

	/** A page as its draft holds it, without errors; the check page sends to the first page with an error instead. */
	String page(Model model, Desk desk, RegistrationStep step, String token) {
		Map<String, List<String>> answers = drafts.answers(token);
		BindingResult all = check(answers, desk.officer());
		if (step == RegistrationStep.CHECK) {
			Optional<RegistrationStep> incomplete = firstWithErrors(all);
			if (incomplete.isPresent()) {
				return desk.redirectTo(incomplete.get());
			}
			return show(model, step, all, desk, answers);
		}
		return show(model, step, unchecked(all), desk, answers);
	}

	/**
	 * Keeps one page's answers in the draft, then: back to the previous page when asked ("Kembali", unchecked); the
	 * same page with its errors; or the next page (the check page when the answer was changed from there).
	 */
	String answer(Model model, Desk desk, RegistrationStep step, String token, Map<String, String[]> posted) {
		Map<String, List<String>> answers = withPage(drafts.answers(token), step, posted);
		drafts.save(token, answers);
		if (posted.containsKey("back")) {
			return desk.redirectTo(step.previous().orElse(step));
		}
		BindingResult page = onPage(check(answers, desk.officer()), step);
		if (page.hasErrors()) {
			return show(model, step, page, desk, answers);
		}
		boolean fromCheck = posted.containsKey("returnTo") && "check".equals(posted.get("returnTo")[0]);
		return desk.redirectTo(fromCheck ? RegistrationStep.CHECK : step.next());
	}

	/**
	 * The draft checked whole before it is sent: the registration when no page has an error, else empty and the
	 * model holds the first page with errors, drawn with them.
	 */
	Optional<NewRegistration> readyToSend(Model model, Desk desk, String token, RegistrationChannel channel) {
		Map<String, List<String>> answers = drafts.answers(token);
		BindingResult all = check(answers, desk.officer());
		Optional<RegistrationStep> incomplete = firstWithErrors(all);
		if (incomplete.isPresent()) {
			show(model, incomplete.get(), onPage(all, incomplete.get()), desk, answers);
			return Optional.empty();
		}
		return Optional.of(registration(all, channel, desk.walkIn() ? desk.officer().accountId() : null));
	}

	/** Shows a page again with an error the registration itself found (a NIK or login already taken). */
	String refused(Model model, Desk desk, String token, String field, String messageKey) {
		Map<String, List<String>> answers = drafts.answers(token);
		BindingResult all = check(answers, desk.officer());
		all.rejectValue(field, messageKey);
		RegistrationStep step = RegistrationStep.asking(field);
		return show(model, step, onPage(all, step), desk, answers);
	}

	/**
	 * The answers with one page's fields replaced by what was posted (values cut to a bounded size). A password left
	 * empty on the account page keeps the one given before: passwords are never sent back to the browser.
	 */
	private Map<String, List<String>> withPage(Map<String, List<String>> answers, RegistrationStep step,
			Map<String, String[]> posted) {
		Map<String, List<String>> merged = new LinkedHashMap<>(answers);
		boolean keepPassword = step == RegistrationStep.ACCOUNT && answers.containsKey("password")
				&& blank(posted.get("password")) && blank(posted.get("confirmPassword"));
		for (String field : step.fields()) {
			if (keepPassword && field.toLowerCase().endsWith("password")) {
				continue;
			}
			merged.remove(field);
			String[] values = posted.get(field);
			if (values != null) {
				merged.put(field, java.util.Arrays.stream(values)
					.limit(MOST_VALUES)
					.map(v -> v.length() > LONGEST_VALUE ? v.substring(0, LONGEST_VALUE) : v)
					.toList());
			}
		}
		return merged;
	}

	/** The answers bound to a form and checked by every rule of every page (and the officer's area at the counter). */
	private BindingResult check(Map<String, List<String>> answers, PortalUser officer) {
		RegistrationForm form = new RegistrationForm();
		DataBinder binder = new DataBinder(form, "form");
		binder.setConversionService(conversion);
		binder.setAllowedFields(RegistrationStep.questions().stream().flatMap(s -> s.fields().stream())
			.toArray(String[]::new));
		MutablePropertyValues values = new MutablePropertyValues();
		answers.forEach((field, list) -> values.add(field, list.size() == 1 ? list.get(0) : list.toArray(String[]::new)));
		binder.bind(values);
		BindingResult result = binder.getBindingResult();
		beanValidator.validate(form, result);
		if (officer == null) {
			validator.validateRegistration(form, result);
		}
		else {
			// at the counter nobody chooses the citizen's password: she sets it with the code on the slip
			validator.validateWalkIn(form, result);
			validator.checkArea(officer, form, result);
		}
		return result;
	}

	/** Only the errors of one page's fields, for showing that page. */
	private BindingResult onPage(BindingResult all, RegistrationStep step) {
		BindingResult page = new BeanPropertyBindingResult(all.getTarget(), "form");
		all.getFieldErrors().stream().filter(e -> step.asks(e.getField())).forEach(page::addError);
		return page;
	}

	/** The form of these answers without any error, for showing a page before it was sent. */
	private BindingResult unchecked(BindingResult all) {
		return new BeanPropertyBindingResult(all.getTarget(), "form");
	}

	private Optional<RegistrationStep> firstWithErrors(BindingResult all) {
		return RegistrationStep.questions()
			.stream()
			.filter(step -> all.getFieldErrors().stream().anyMatch(e -> step.asks(e.getField())))
			.findFirst();
	}

	/** The registration of checked answers without errors. */
	private NewRegistration registration(BindingResult all, RegistrationChannel channel, Long registeredBy) {
		RegistrationForm form = (RegistrationForm) all.getTarget();
		return new NewRegistration(form.emailOrNull(), form.getPassword(), validator.toPerson(form),
				validator.toBusiness(form), noticeVersion, channel, registeredBy);
	}

	/**
	 * Draws one page of the journey.
	 * @param answers the draft, for what the page says about answers it does not show (a password already given)
	 */
	private String show(Model model, RegistrationStep step, BindingResult page, Desk desk, Map<String, List<String>> answers) {
		RegistrationForm form = (RegistrationForm) page.getTarget();
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", page);
		model.addAttribute("step", step);
		model.addAttribute("stepCount", RegistrationStep.values().length);
		model.addAttribute("previous", step.previous().orElse(null));
		model.addAttribute("steps", RegistrationStep.questions());
		model.addAttribute("base", desk.base());
		model.addAttribute("walkIn", desk.walkIn());
		model.addAttribute("noticeVersion", noticeVersion);
		model.addAttribute("passwordKept", answers.containsKey("password"));
		options.addTo(model);
		if (step == RegistrationStep.CHECK) {
			model.addAttribute("nikMasked", IdentityNumbers.mask(form.getNik()));
			model.addAttribute("kkMasked", IdentityNumbers.mask(form.getKk()));
			String district = regions.find(form.getVillageCode()).map(RegionView::parentCode).orElse(null);
			model.addAttribute("villageName", regions.nameOf(form.getVillageCode()));
			model.addAttribute("districtName", regions.nameOf(district));
			model.addAttribute("cityName", regions.nameOf(regions.find(district).map(RegionView::parentCode).orElse(null)));
		}
		return VIEW;
	}

	private static boolean blank(String[] values) {
		return values == null || java.util.Arrays.stream(values).allMatch(String::isBlank);
	}

}

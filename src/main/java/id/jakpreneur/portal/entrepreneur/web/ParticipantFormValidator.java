package id.jakpreneur.portal.entrepreneur.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import id.jakpreneur.portal.account.PasswordPolicy;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.BusinessDetails;
import id.jakpreneur.portal.entrepreneur.BusinessFactsValidator;
import id.jakpreneur.portal.account.PhoneNumbers;
import id.jakpreneur.portal.entrepreneur.domain.IdentityNumbers;
import id.jakpreneur.portal.entrepreneur.domain.PersonDetails;
import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.region.RegionLevel;
import id.jakpreneur.portal.region.RegionView;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of a participant form that need several fields or the reference data: NIK against birth date and
 * gender, the kelurahan inside the chosen kecamatan and kota, dates not in the future, money the Indonesian
 * way. Each problem becomes a message beside its field; conversion to details happens only after validation.
 */
@Component
class ParticipantFormValidator {

	static final int MIN_AGE = 17;

	private final RegionDirectory regions;

	private final BusinessFactsValidator facts;

	private final Clock clock;

	ParticipantFormValidator(RegionDirectory regions, BusinessFactsValidator facts, Clock clock) {
		this.regions = regions;
		this.facts = facts;
		this.clock = clock;
	}

	/** An online registration: the citizen's own password too. */
	void validateRegistration(RegistrationForm form, Errors errors) {
		validateWalkIn(form, errors);
		if (form.getPassword() == null || form.getPassword().isBlank()) {
			errors.rejectValue("password", "validation.required");
		}
		if (form.getConfirmPassword() == null || form.getConfirmPassword().isBlank()) {
			errors.rejectValue("confirmPassword", "validation.required");
		}
		if (!errors.hasFieldErrors("password")) {
			PasswordPolicy.problem(form.getPassword(), form.getEmail()).ifPresent(k -> errors.rejectValue("password", k));
		}
		if (!errors.hasFieldErrors("confirmPassword") && form.getPassword() != null
				&& !form.getPassword().equals(form.getConfirmPassword())) {
			errors.rejectValue("confirmPassword", "password.confirm.mismatch");
		}
	}

	/** A registration at the counter: no password (the citizen chooses it with the activation code). */
	void validateWalkIn(RegistrationForm form, Errors errors) {
		validate(form, errors, true);
		if (form.getKk() == null || form.getKk().isBlank()) {
			errors.rejectValue("kk", "validation.required");
		}
		if (!form.isConsent()) {
			errors.rejectValue("consent", "registration.consent.required");
		}
	}

	/**
	 * @param nikRequired true on registration; on corrections an empty NIK or KK keeps the number on record
	 */
	void validate(ParticipantForm form, Errors errors, boolean nikRequired) {
		LocalDate today = LocalDate.now(clock);
		if (form.getBirthDate() != null && !errors.hasFieldErrors("birthDate")) {
			if (form.getBirthDate().isAfter(today)) {
				errors.rejectValue("birthDate", "validation.dateInFuture");
			}
			else if (Period.between(form.getBirthDate(), today).getYears() < MIN_AGE) {
				errors.rejectValue("birthDate", "participant.birthDate.tooYoung");
			}
			else if (Period.between(form.getBirthDate(), today).getYears() > 110) {
				errors.rejectValue("birthDate", "participant.birthDate.implausible");
			}
		}
		if (nikRequired && (form.getNik() == null || form.getNik().isBlank())) {
			errors.rejectValue("nik", "validation.required");
		}
		else if (form.getNik() != null && !form.getNik().isBlank() && !errors.hasFieldErrors("nik")) {
			IdentityNumbers.nikProblem(form.getNik(), form.getBirthDate(), form.getGender())
				.ifPresent(k -> errors.rejectValue("nik", k));
		}
		if (!errors.hasFieldErrors("kk") && form.getKk() != null && !form.getKk().isBlank()) {
			IdentityNumbers.kkProblem(form.getKk()).ifPresent(k -> errors.rejectValue("kk", k));
		}
		if (!errors.hasFieldErrors("phone") && form.getPhone() != null && !form.getPhone().isBlank()
				&& PhoneNumbers.normalise(form.getPhone()).isEmpty()) {
			errors.rejectValue("phone", "participant.phone.invalid");
		}
		validateRegion(form, errors);
		validateBusiness(form, errors);
	}

	private void validateRegion(ParticipantForm form, Errors errors) {
		if (errors.hasFieldErrors("villageCode") || form.getVillageCode() == null || form.getVillageCode().isBlank()) {
			return;
		}
		Optional<RegionView> village = regions.find(form.getVillageCode()).filter(r -> r.level() == RegionLevel.VILLAGE);
		if (village.isEmpty()) {
			errors.rejectValue("villageCode", "validation.invalidChoice");
			return;
		}
		String district = village.get().parentCode();
		String city = regions.find(district).map(RegionView::parentCode).orElse(null);
		if ((blank(form.getDistrictCode()) || form.getDistrictCode().equals(district))
				&& (blank(form.getCityCode()) || form.getCityCode().equals(city))) {
			return;
		}
		errors.rejectValue("villageCode", "participant.village.mismatch");
	}

	/** The business facts' rules; an idea's monthly sales are optional but still an amount when given. */
	private void validateBusiness(ParticipantForm form, Errors errors) {
		facts.validate(form, errors);
		if (!form.running()) {
			BusinessFactsValidator.money(form.getMonthlySales(), "monthlySales", false, errors);
		}
	}

	/** At the counter and in an officer's corrections: the kelurahan must be in the officer's area. */
	void checkArea(PortalUser officer, ParticipantForm form, Errors errors) {
		if (!errors.hasFieldErrors("villageCode") && !officer.covers(form.getVillageCode())) {
			errors.rejectValue("villageCode", "officer.village.outsideArea");
		}
	}

	PersonDetails toPerson(ParticipantForm form) {
		return new PersonDetails(form.getFullName().strip(), IdentityNumbers.clean(form.getNik()),
				IdentityNumbers.clean(form.getKk()), form.getGender(), form.getBirthDate(),
				PhoneNumbers.normalise(form.getPhone()).orElseThrow(), form.getAddress().strip(), form.getVillageCode(),
				form.getTargetGroups());
	}

	BusinessDetails toBusiness(ParticipantForm form) {
		return new BusinessDetails(form.getStage(), form.getBusinessName().strip(), form.getSector(),
				form.getProducts().strip(), form.running() ? form.getStartedOn() : null, form.capitalAmount(),
				form.monthlySalesAmount(), form.getEmployees(), form.getChannels(), form.licenceNumbers(),
				Boolean.TRUE.equals(form.getKeepsBooks()), Boolean.TRUE.equals(form.getHadCredit()));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}

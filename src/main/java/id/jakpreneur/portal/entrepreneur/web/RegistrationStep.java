package id.jakpreneur.portal.entrepreneur.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.jakpreneur.portal.shared.NotFoundException;

/**
 * The pages of the registration journey, in order, each with the fields of {@link RegistrationForm} it asks for: one
 * topic per page, then the page that shows every answer before the registration is sent. The slug is the page's
 * path segment and names its message keys ({@code journey.step.<slug>}).
 */
enum RegistrationStep {

	ACCOUNT("account", "email", "phone", "password", "confirmPassword"),
	PERSON("person", "fullName", "nik", "kk", "gender", "birthDate", "targetGroups"),
	ADDRESS("address", "cityCode", "districtCode", "villageCode", "address"),
	BUSINESS("business", "stage", "businessName", "sector", "products", "startedOn", "capital", "monthlySales",
			"employees", "keepsBooks", "hadCredit"),
	SALES("sales", "channels", "licences", "nibNumber", "sppIrtNumber", "halalNumber", "hakiNumber", "bpomNumber"),
	CONSENT("consent", "consent"),
	CHECK("check");

	private final String slug;

	private final Set<String> fields;

	RegistrationStep(String slug, String... fields) {
		this.slug = slug;
		this.fields = Set.of(fields);
	}

	public String getSlug() {
		return slug;
	}

	/** 1 for the first page. */
	public int getNumber() {
		return ordinal() + 1;
	}

	Set<String> fields() {
		return fields;
	}

	boolean asks(String field) {
		return fields.contains(field);
	}

	Optional<RegistrationStep> previous() {
		return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
	}

	RegistrationStep next() {
		return values()[Math.min(ordinal() + 1, values().length - 1)];
	}

	/** The pages that ask something (all but the check page). */
	static List<RegistrationStep> questions() {
		return Arrays.stream(values()).filter(s -> s != CHECK).toList();
	}

	/** The page of a path segment; an unknown one is a 404. */
	static RegistrationStep of(String slug) {
		return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst().orElseThrow(NotFoundException::new);
	}

	/** The page that asks for a field; the check page for a field no page asks for. */
	static RegistrationStep asking(String field) {
		return Arrays.stream(values()).filter(s -> s.asks(field)).findFirst().orElse(CHECK);
	}

}

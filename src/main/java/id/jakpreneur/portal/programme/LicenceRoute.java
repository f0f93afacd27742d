package id.jakpreneur.portal.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.Sector;

/**
 * The licence route: from a business's sector and products, the ordered list of licences it needs, and where it
 * gets each. Food (kuliner) goes NIB → PKP course → SPP-IRT → halal; food that SPP-IRT does not cover (milk, meat
 * and fish products that need cold storage, frozen or canned food) goes NIB → BPOM → halal. Every business needs an
 * NIB; a trademark (HAKI) is recommended to all, required of none. Pure: table-tested in {@code LicenceRouteTests}.
 */
public final class LicenceRoute {

	/** Products SPP-IRT does not cover (PerBPOM 22/2018): they need a BPOM distribution permit (MD) instead. */
	private static final Pattern BPOM_PRODUCTS = Pattern.compile(
			"\\b(susu|yogh?urt|keju|daging|sosis|nugget|ikan|udang|seafood|frozen|beku|kalengan|kaleng)\\b");

	/** One step of the route: which licence, and whether P4 waits for it. */
	public record Step(LicenceType type, boolean required) {
	}

	private LicenceRoute() {
	}

	public static List<Step> of(Sector sector, String products) {
		List<Step> steps = new ArrayList<>();
		steps.add(new Step(LicenceType.NIB, true));
		if (sector == Sector.KULINER) {
			if (needsBpom(products)) {
				steps.add(new Step(LicenceType.BPOM, true));
			}
			else {
				steps.add(new Step(LicenceType.PKP, true));
				steps.add(new Step(LicenceType.SPP_IRT, true));
			}
			steps.add(new Step(LicenceType.HALAL, true));
		}
		steps.add(new Step(LicenceType.HAKI, false));
		return List.copyOf(steps);
	}

	/** Whether the products named need BPOM rather than SPP-IRT. */
	static boolean needsBpom(String products) {
		return products != null && BPOM_PRODUCTS.matcher(products.toLowerCase(Locale.ROOT)).find();
	}

	/** Where a business gets a licence: the message key of the office and its address. */
	public static String whereKey(LicenceType type) {
		return "programme.licence.where." + type.name();
	}

}

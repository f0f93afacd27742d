package id.jakpreneur.portal.licensing.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.licensing.LicenceLine;
import id.jakpreneur.portal.licensing.LicenceStatus;

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

	/** Joins the route, the register and the profile's declaration; pure, so it is tested without a database. */
	public static List<LicenceLine> lines(List<Step> route, Map<LicenceType, LicenceLine> recorded,
			Map<LicenceType, String> declared) {
		List<LicenceLine> lines = new ArrayList<>();
		boolean nextFound = false;
		for (Step step : route) {
			LicenceLine r = recorded.get(step.type());
			LicenceLine line = r != null
					? new LicenceLine(r.id(), r.type(), r.otherName(), true, step.required(), false, r.status(), r.number(),
							r.issuedOn(), r.expiresOn(), r.verifiedBy(), r.verifiedAt(), null, r.state(), r.returnReason())
					: new LicenceLine(null, step.type(), null, true, step.required(), false,
							step.required() ? LicenceStatus.NEEDED : LicenceStatus.NOT_NEEDED, null, null, null, null, null,
							declared.get(step.type()), null, null);
			if (!nextFound && step.required() && !line.done()) {
				line = line.asNext();
				nextFound = true;
			}
			lines.add(line);
		}
		for (LicenceType type : LicenceType.values()) {
			if (recorded.containsKey(type) && route.stream().noneMatch(s -> s.type() == type)) {
				lines.add(recorded.get(type));
			}
		}
		return List.copyOf(lines);
	}

	/** Whether every licence P4 requires is issued and verified. */
	public static boolean routeDone(List<LicenceLine> lines) {
		return lines.stream().filter(LicenceLine::required).allMatch(LicenceLine::done);
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

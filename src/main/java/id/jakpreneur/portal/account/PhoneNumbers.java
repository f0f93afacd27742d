package id.jakpreneur.portal.account;

import java.util.Optional;

/**
 * Indonesian mobile numbers as people write them (0812-3456-789, +62 812 3456 789, 62812...), normalised to
 * the international form +62812..., which WhatsApp links and SMS gateways expect.
 */
public final class PhoneNumbers {

	private PhoneNumbers() {
	}

	/** The normalised number, or empty when it is not an Indonesian mobile number. */
	public static Optional<String> normalise(String phone) {
		if (phone == null) {
			return Optional.empty();
		}
		String n = phone.replaceAll("[\\s.\\-()]", "");
		if (n.startsWith("+62")) {
			n = n.substring(3);
		}
		else if (n.startsWith("62")) {
			n = n.substring(2);
		}
		else if (n.startsWith("0")) {
			n = n.substring(1);
		}
		else {
			return Optional.empty();
		}
		// mobile numbers start with 8 and have 9 to 12 digits after the country code
		return n.matches("8\\d{8,11}") ? Optional.of("+62" + n) : Optional.empty();
	}

	/** Shown the way Indonesians read it: 0812-3456-7890. */
	public static String display(String normalised) {
		if (normalised == null || !normalised.startsWith("+62")) {
			return normalised;
		}
		String local = "0" + normalised.substring(3);
		return local.length() <= 8 ? local
				: local.substring(0, 4) + "-" + local.substring(4, 8) + "-" + local.substring(8);
	}

}

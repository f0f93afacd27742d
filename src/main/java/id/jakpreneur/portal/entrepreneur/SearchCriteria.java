package id.jakpreneur.portal.entrepreneur;

/**
 * What an officer searches by; every part is optional. {@code stepNeeded} is a step code ("P2".."P7"): only
 * participants whose latest assessment says they still need that step.
 */
public record SearchCriteria(String namePrefix, String villageCode, Sector sector, RegistrationStatus status,
		String stepNeeded) {

	public SearchCriteria {
		if (stepNeeded != null && !stepNeeded.matches("P[1-7]")) {
			stepNeeded = null;
		}
	}

	public static SearchCriteria none() {
		return new SearchCriteria(null, null, null, null, null);
	}

}

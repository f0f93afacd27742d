package id.jakpreneur.portal.entrepreneur;

/** What an officer searches by; every part is optional. */
public record SearchCriteria(String namePrefix, String villageCode, Sector sector, RegistrationStatus status) {

	public static SearchCriteria none() {
		return new SearchCriteria(null, null, null, null);
	}

}

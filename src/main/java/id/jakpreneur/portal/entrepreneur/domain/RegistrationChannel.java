package id.jakpreneur.portal.entrepreneur.domain;

/** Registered by the citizen online, or by an officer at the kecamatan desk on the citizen's behalf. */
public enum RegistrationChannel {

	ONLINE, WALK_IN

}

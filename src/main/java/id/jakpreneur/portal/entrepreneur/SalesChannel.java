package id.jakpreneur.portal.entrepreneur;

/** Where a business sells today. */
public enum SalesChannel {

	OFFLINE, MARKETPLACE, SOCIAL_MEDIA, RESELLER

}

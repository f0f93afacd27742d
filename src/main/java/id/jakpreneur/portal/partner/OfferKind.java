package id.jakpreneur.portal.partner;

/** What a partner offers participants: classes, mentors, a place to sell, or a capital product. */
public enum OfferKind {

	TRAINING, MENTORS, SALES_CHANNEL, CAPITAL

}

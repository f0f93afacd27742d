package id.jakpreneur.portal.outlet.domain;

/** A bookable place inside an outlet; a shared kiosk is one {@link #KIOSK_SHARE} per product share. */
public enum PlaceKind {

	STALL, SHELF, KIOSK_SHARE, TENT, FOOD_TRUCK, DESK

}

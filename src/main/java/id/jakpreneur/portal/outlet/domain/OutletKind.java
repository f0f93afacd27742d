package id.jakpreneur.portal.outlet.domain;

/**
 * The DKI-owned channels of PRODUCT.md: the Thamrin 10 food park, the Sudirman–Thamrin kiosks, Pasar Jaya retail
 * (JakMart), MRT stations, Transjakarta haltes, Jakarta Creative Hub, rusun tents and bazaars.
 */
public enum OutletKind {

	FOOD_PARK, KIOSK, RETAIL, STATION, HALTE, CREATIVE_HUB, TENT, BAZAAR

}

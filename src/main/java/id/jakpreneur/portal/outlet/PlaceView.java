package id.jakpreneur.portal.outlet;

/** A place of an outlet. */
public record PlaceView(long id, String code, PlaceKind kind, int productCapacity) {
}

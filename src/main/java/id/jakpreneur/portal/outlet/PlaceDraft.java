package id.jakpreneur.portal.outlet;

/** A new place inside an outlet. */
public record PlaceDraft(String code, PlaceKind kind, int productCapacity) {
}

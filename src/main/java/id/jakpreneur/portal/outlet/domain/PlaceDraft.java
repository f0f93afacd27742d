package id.jakpreneur.portal.outlet.domain;

/** A new place inside an outlet. */
public record PlaceDraft(String code, PlaceKind kind, int productCapacity) {
}

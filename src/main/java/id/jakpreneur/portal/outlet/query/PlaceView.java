package id.jakpreneur.portal.outlet.query;

import id.jakpreneur.portal.outlet.domain.PlaceKind;

/** A place of an outlet. */
public record PlaceView(long id, String code, PlaceKind kind, int productCapacity) {
}

package id.jakpreneur.portal.outlet.query;

import id.jakpreneur.portal.outlet.domain.PhotoType;

/** A product photo as stored: its checked type and its bytes. */
public record Photo(PhotoType type, byte[] bytes) {
}

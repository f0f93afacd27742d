package id.jakpreneur.portal.outlet;

/** A product photo as stored: its checked type and its bytes. */
public record Photo(PhotoType type, byte[] bytes) {
}

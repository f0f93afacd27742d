package id.jakpreneur.portal.document;

/** A document with its bytes, for whoever serves it. */
public record DocumentContent(StoredDocument meta, byte[] bytes) {
}

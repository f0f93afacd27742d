package id.jakpreneur.portal.catalogue.domain;

/** A photo as the Katalog serves it: its type and bytes. */
public record Picture(String contentType, byte[] bytes) {
}

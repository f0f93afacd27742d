package id.jakpreneur.portal.catalogue.domain;

/** What a participant chose to publish of her business on the Katalog: a public name and an optional description. */
public record PublicProfile(String publicName, String description) {
}

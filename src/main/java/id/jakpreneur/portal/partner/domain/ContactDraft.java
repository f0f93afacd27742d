package id.jakpreneur.portal.partner.domain;

/** A contact person as typed by an officer. */
public record ContactDraft(String fullName, String email, String phone) {
}

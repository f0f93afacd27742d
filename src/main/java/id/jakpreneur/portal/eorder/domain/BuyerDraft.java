package id.jakpreneur.portal.eorder.domain;

/** A purchasing officer as a form gives them: name, work e-mail, phone and position (the last two optional). */
public record BuyerDraft(String fullName, String email, String phone, String position) {
}

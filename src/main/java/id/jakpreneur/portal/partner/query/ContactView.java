package id.jakpreneur.portal.partner.query;

/** A contact person as pages show them; {@code hasAccount} says whether they can log in. */
public record ContactView(long id, String fullName, String email, String phone, boolean hasAccount) {
}

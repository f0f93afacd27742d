package id.jakpreneur.portal.catalogue.domain;

/** A visitor's question to a seller: her name as typed, an e-mail address or phone number to reply to, the message. */
public record Question(String askerName, String replyTo, String message) {
}

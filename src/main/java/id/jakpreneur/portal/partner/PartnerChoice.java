package id.jakpreneur.portal.partner;

/** A partner organisation in a picker, for example as the trainer of a class. */
public record PartnerChoice(long id, String name) {
}

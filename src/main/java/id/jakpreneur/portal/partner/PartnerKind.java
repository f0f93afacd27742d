package id.jakpreneur.portal.partner;

/** What kind of organisation a partner is; BUMD are DKI-owned enterprises such as Pasar Jaya or MRT Jakarta. */
public enum PartnerKind {

	UNIVERSITY, COMPANY, BANK, MARKETPLACE, BUMD, NGO

}

package id.jakpreneur.portal.eorder.domain;

/** What kind of public body buys: a DKI agency (SKPD/OPD), a regional company (BUMD) or a school. */
public enum OrganisationKind {

	AGENCY, BUMD, SCHOOL

}

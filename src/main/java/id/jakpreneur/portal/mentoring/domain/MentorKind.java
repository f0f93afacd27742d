package id.jakpreneur.portal.mentoring.domain;

/** Who a mentor is to the programme; a PJLP names the agency that contracts them, a volunteer their organisation. */
public enum MentorKind {

	/** Pendamping contracted by an agency (Pekerja Jasa Lainnya Perorangan). */
	PJLP,

	/** A volunteer sent by a partner (university, company, bank, BUMD). */
	PARTNER_VOLUNTEER,

	/** An expert who mentors on one subject, with or without an organisation. */
	EXPERT

}

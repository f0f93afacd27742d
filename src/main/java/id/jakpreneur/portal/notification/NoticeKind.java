package id.jakpreneur.portal.notification;

/**
 * What a notice says: the text is {@code notification.notice.<KIND>} with the notice's arguments, in the reader's
 * language (bell and e-mail); WhatsApp uses a template per kind from configuration. An argument written
 * {@code msg:some.key} is that message in the reader's language; format dates and amounts before sending.
 */
public enum NoticeKind {

	/** To the entrepreneur: {0} (mentor's name) is now your mentor. */
	MENTOR_ASSIGNED,

	/** To the mentor: {0} (mentee's name) is your new mentee. */
	MENTEE_ASSIGNED,

	/** To the mentor: {0} (mentee's name) now has another mentor. */
	MENTEE_ENDED,

	/** To the entrepreneur: {0} (mentor's name) logged a session on {1} (date). */
	SESSION_LOGGED,

	/** To the entrepreneur: the action {0} (its description) is due on {1} (date). */
	ACTION_DUE,

	/** To the entrepreneur: the request for another mentor was declined; {0} is the officer's note. */
	CHANGE_DECLINED,

	/** To the entrepreneur: the licence {0} (type) with number {1} expires on {2} (date); sent by licensing. */
	LICENCE_EXPIRING,

	/** To administrators: {0} (officer's name) opened {1} NIK/KK numbers on {2} (date), over the limit of {3} a day. */
	REVEALS_EXCEEDED,

	/** To the officers of a kecamatan and its kota: a registration in {0} (kecamatan name) waits for their check. */
	REGISTRATION_CLAIM,

	/** To the entrepreneur: an officer validated their registration; no arguments. */
	REGISTRATION_VALIDATED,

	/** To the entrepreneur: an officer returned their registration to be completed; {0} is the officer's note. */
	REGISTRATION_RETURNED,

	/** To the entrepreneur: a place in the class {0} (name), starting {1} (date), is theirs. */
	CLASS_PLACE_GIVEN,

	/** To the entrepreneur: the certificate of the class {0} (name) is issued with number {1}. */
	CERTIFICATE_ISSUED,

	/** To the entrepreneur: an officer verified the licence {0} (type) with number {1}. */
	LICENCE_VERIFIED,

	/** To the entrepreneur: the product {0} (name) was graded {1} (grade) in curation. */
	PRODUCT_GRADED,

	/**
	 * To the entrepreneur: an outlet call at {0} (outlet name) for {2} (period) fits their products; apply by {1}
	 * (date).
	 */
	OUTLET_CALL_FITS,

	/**
	 * To the entrepreneur: the place {3} (code) at {0} (outlet name) for {1} (period) is offered; confirm by {2} (date
	 * and time).
	 */
	PLACE_OFFERED,

	/**
	 * To the entrepreneur, a day before: the offer of the place {3} (code) at {0} (outlet name) for {1} (period) ends
	 * on {2} (date and time).
	 */
	PLACE_OFFER_EXPIRING,

	/** To the partner's contacts: a new referral for {0} (offer name) from {1} (business name). */
	REFERRAL_RECEIVED,

	/**
	 * To the entrepreneur: the referral to {0} (offer name) of {2} (partner name) is now {1} (status, as {@code msg:}
	 * key).
	 */
	REFERRAL_CHANGED,

	/**
	 * To the entrepreneur: the capital application to {0} (partner name) for {2} (offer name) is now {1} (status, as
	 * {@code msg:} key).
	 */
	CAPITAL_APPLICATION_CHANGED,

	/** To the entrepreneur: the financial report of {0} (month, formatted) is not sent; due by {1} (date). */
	REPORT_DUE,

	/** To the entrepreneur: an officer confirmed the sales at {0} (outlet name) for {1} (period); Rp {2} is due. */
	SALES_CONFIRMED,

	/** To the entrepreneur: an officer returned the sales at {0} (outlet name) for {1} (period); {2} is the reason. */
	SALES_RETURNED,

	/**
	 * To the mentor: {0} (mentee's name) reported sales of {2} for {1} (month), while the sales verified in a session
	 * were {3}.
	 */
	REPORT_SALES_DIFFER,

	/** To the entrepreneur: the financial report of {0} (month, formatted) was returned; {1} is the reviewer's reason. */
	REPORT_RETURNED,

	/** To the entrepreneur: the certificate of the class {0} (name) was withdrawn; {1} is the officer's reason. */
	CERTIFICATE_WITHDRAWN,

	/**
	 * To the entrepreneur: an administrator refused her deletion request; {0} the reason ({@code msg:} key), {1} the
	 * administrator's explanation.
	 */
	DELETION_REFUSED,

	/**
	 * To each person whose data an account touched during a suspected breach (issue 22): what happened, discovered on
	 * {0} (date and time), what the portal does and whom to contact.
	 */
	BREACH_NOTICE,

	/** To the entrepreneur: an officer returned the licence {0} (type) with number {1}; {2} is the officer's reason. */
	LICENCE_RETURNED,

	/** To the entrepreneur (e-Order): {0} (buying organisation) asks for a quote, order {1}. */
	ORDER_QUOTE_REQUESTED,

	/** To the buyer: {0} (business) quoted order {1}: Rp {2} in total, can deliver by {3} (date). */
	ORDER_QUOTED,

	/** To the buyer: {0} (business) declined the quote request {1}; {2} is her reason. */
	ORDER_DECLINED,

	/** To the entrepreneur: {0} (organisation) ordered {1} for Rp {2}; confirm it. */
	ORDER_PLACED,

	/** To the buyer: {0} (business) confirmed order {1}. */
	ORDER_CONFIRMED,

	/** To the buyer: {0} (business) delivered order {1}; confirm its receipt. */
	ORDER_DELIVERED,

	/** To the entrepreneur: {0} (organisation) confirmed receiving order {1}. */
	ORDER_RECEIVED,

	/** To the entrepreneur: {0} (organisation) recorded the payment of order {1} on {2} (date), reference {3}. */
	ORDER_PAID,

	/** To the other party: {0} (who cancelled) cancelled order {1}; {2} is the reason. */
	ORDER_CANCELLED,

	/**
	 * To the entrepreneur, from the public Katalog's ask-the-seller form: {1} (the asker's name, as typed) asks about
	 * the product {0}: {3} (the message, quoted); reply to {2} (the asker's e-mail or phone). Her own contact is never
	 * shown to the asker.
	 */
	SELLER_QUESTION

}

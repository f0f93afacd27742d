package id.jakpreneur.portal.notification;

/** A way a message leaves the portal besides the bell; an account's address for it is its e-mail or mobile number. */
public enum Channel {

	EMAIL, WHATSAPP

}

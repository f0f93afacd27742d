package id.jakpreneur.portal.partner.web;

import id.jakpreneur.portal.partner.domain.ContactDraft;
import id.jakpreneur.portal.shared.ContactPersonForm;

/** A partner's contact person: the shared contact fields and their checks. */
class ContactForm extends ContactPersonForm {

	ContactDraft toDraft() {
		return new ContactDraft(getFullName(), getEmail(), getPhone());
	}

}

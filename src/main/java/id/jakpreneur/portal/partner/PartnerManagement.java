package id.jakpreneur.portal.partner;

import id.jakpreneur.portal.partner.domain.ContactDraft;
import id.jakpreneur.portal.partner.domain.ContactEmailTakenException;
import id.jakpreneur.portal.partner.domain.ContactHasAccountException;
import id.jakpreneur.portal.partner.domain.MouStatus;
import id.jakpreneur.portal.partner.domain.OfferDraft;
import id.jakpreneur.portal.partner.domain.PartnerContact;
import id.jakpreneur.portal.partner.domain.PartnerContactRepository;
import id.jakpreneur.portal.partner.domain.PartnerNameTakenException;
import id.jakpreneur.portal.partner.domain.PartnerOffer;
import id.jakpreneur.portal.partner.domain.PartnerOfferRepository;
import id.jakpreneur.portal.partner.domain.PartnerOrganisation;
import id.jakpreneur.portal.partner.domain.PartnerOrganisationRepository;
import id.jakpreneur.portal.partner.query.ContactView;
import id.jakpreneur.portal.partner.query.PartnerDetails;
import id.jakpreneur.portal.partner.query.PartnerQueries;
import id.jakpreneur.portal.partner.query.PartnerSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.ActivationSlip;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers keep the partner register: organisations with their MoU, contact people and offers. Partners are
 * province-wide, so every officer works on all of them; only an administrator opens a contact's PARTNER login.
 * Names and contact emails are unique in the database, which decides between concurrent submissions.
 */
@Service
@Transactional
public class PartnerManagement {

	private final PartnerOrganisationRepository organisations;

	private final PartnerContactRepository contacts;

	private final PartnerOfferRepository offers;

	private final PartnerOffers offerQueries;

	private final AccountActivation activations;

	private final PartnerQueries queries;

	private final Clock clock;

	PartnerManagement(PartnerOrganisationRepository organisations, PartnerContactRepository contacts,
			PartnerOfferRepository offers, PartnerOffers offerQueries, AccountActivation activations, PartnerQueries queries,
			Clock clock) {
		this.organisations = organisations;
		this.contacts = contacts;
		this.offers = offers;
		this.offerQueries = offerQueries;
		this.activations = activations;
		this.queries = queries;
		this.clock = clock;
	}

	/** One page of partners by name: one count and one select, the active offers counted in the same select. */
	@Transactional(readOnly = true)
	public Page<PartnerSummary> list(Pageable page) {
		return queries.list(page, LocalDate.now(clock));
	}

	@Transactional(readOnly = true)
	public PartnerDetails get(long partnerId) {
		PartnerOrganisation organisation = load(partnerId);
		PartnerDraft d = organisation.draft();
		List<ContactView> people = contacts.findByPartnerIdOrderByFullName(partnerId)
			.stream()
			.map(c -> new ContactView(c.getId(), c.getFullName(), c.getEmail(), c.getPhone(), c.getAccountId() != null))
			.toList();
		return new PartnerDetails(partnerId, d.kind(), d.name(), d.mouNumber(), d.mouStart(), d.mouEnd(),
				MouStatus.of(d.mouEnd(), LocalDate.now(clock)), people, offerQueries.ofPartner(partnerId));
	}

	@Transactional(readOnly = true)
	public PartnerDraft draft(long partnerId) {
		return load(partnerId).draft();
	}

	/** @throws PartnerNameTakenException when another organisation has this name */
	public long create(PortalUser officer, PartnerDraft draft) {
		refuseTakenName(draft.name(), 0);
		PartnerOrganisation organisation = new PartnerOrganisation(officer.accountId(), draft, clock.instant());
		save(organisation);
		return organisation.getId();
	}

	/** @throws PartnerNameTakenException when another organisation has this name */
	public void update(long partnerId, PartnerDraft draft) {
		PartnerOrganisation organisation = load(partnerId);
		refuseTakenName(draft.name(), partnerId);
		organisation.describe(draft);
		save(organisation);
	}

	/**
	 * The friendly early answer; the unique index still decides between concurrent submissions. Asking first also
	 * keeps the database's "key already exists" detail, which quotes the value, out of the logs.
	 */
	private void refuseTakenName(String name, long exceptId) {
		if (queries.nameTaken(name, exceptId)) {
			throw new PartnerNameTakenException();
		}
	}

	private void save(PartnerOrganisation organisation) {
		try {
			organisations.saveAndFlush(organisation);
		}
		catch (DataIntegrityViolationException ex) {
			if (String.valueOf(ex.getMessage()).contains("partner_name_uq")) {
				throw new PartnerNameTakenException();
			}
			throw ex;
		}
	}

	/** @throws ContactEmailTakenException when the organisation already has a contact with this email */
	public long addContact(long partnerId, ContactDraft draft) {
		load(partnerId);
		PartnerContact contact = new PartnerContact(partnerId, draft);
		if (contacts.existsByPartnerIdAndEmail(partnerId, contact.getEmail())) {
			throw new ContactEmailTakenException();
		}
		try {
			return contacts.saveAndFlush(contact).getId();
		}
		catch (DataIntegrityViolationException ex) {
			if (String.valueOf(ex.getMessage()).contains("partner_contact_email_uq")) {
				throw new ContactEmailTakenException();
			}
			throw ex;
		}
	}

	/**
	 * Opens a PARTNER login for a contact person, with the contact's email as login name, and links it, so that the
	 * login sees the referrals of this organisation only. Nobody chooses its password: the contact does, with the
	 * activation code on the returned slip (or the link sent to the address).
	 * @throws ContactHasAccountException when the contact already has a login
	 * @throws id.jakpreneur.portal.account.EmailTakenException when the email is another account's login
	 */
	public ActivationSlip openAccount(PortalUser admin, long partnerId, long contactId) {
		if (admin.role() != Role.ADMIN) {
			throw new AccessDeniedException("only administrators open partner accounts");
		}
		PartnerContact contact = contacts.findByIdAndPartnerId(contactId, partnerId).orElseThrow(NotFoundException::new);
		if (contact.getAccountId() != null) {
			throw new ContactHasAccountException();
		}
		ActivationSlip slip = activations.openForSomeoneElse(
				new NewAccount(contact.getEmail(), contact.getFullName(), Role.PARTNER, null, Set.of(), false), admin);
		contact.linkAccount(slip.accountId());
		return slip;
	}

	public long addOffer(long partnerId, OfferDraft draft) {
		load(partnerId);
		return offers.saveAndFlush(new PartnerOffer(partnerId, draft, clock.instant())).getId();
	}

	@Transactional(readOnly = true)
	public OfferDraft offer(long partnerId, long offerId) {
		return offers.findByIdAndPartnerId(offerId, partnerId).orElseThrow(NotFoundException::new).draft();
	}

	public void updateOffer(long partnerId, long offerId, OfferDraft draft) {
		offers.findByIdAndPartnerId(offerId, partnerId).orElseThrow(NotFoundException::new).describe(draft);
	}

	/** The organisation a PARTNER login speaks for, if it is linked to one. */
	@Transactional(readOnly = true)
	public Optional<Long> partnerOf(PortalUser user) {
		if (user.role() != Role.PARTNER) {
			return Optional.empty();
		}
		return contacts.findByAccountId(user.accountId()).map(PartnerContact::getPartnerId);
	}

	/** Every organisation by name, for pickers; the register holds tens to hundreds of partners, not thousands. */
	@Transactional(readOnly = true)
	public List<PartnerChoice> choices() {
		return queries.choices();
	}

	/** The organisation's name, for the partner's home page. */
	@Transactional(readOnly = true)
	public String nameOf(long partnerId) {
		return load(partnerId).getName();
	}

	private PartnerOrganisation load(long partnerId) {
		return organisations.findById(partnerId).orElseThrow(NotFoundException::new);
	}

}

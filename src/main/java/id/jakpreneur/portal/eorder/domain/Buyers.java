package id.jakpreneur.portal.eorder.domain;

import java.time.Clock;
import java.util.Set;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.ActivationSlip;
import id.jakpreneur.portal.account.EmailTakenException;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buyer organisations and their purchasing officers, kept by administrators (as partner organisations and their
 * contacts are): an organisation, a buyer of it, the buyer's BUYER login opened with an activation code and link; and
 * the public requests for a buyer account, approved (the same three steps in one go) or rejected with a reason.
 * Unique indexes decide between concurrent submissions (organisation name, buyer e-mail, one pending request per
 * e-mail); the checks before them give the friendly answer.
 */
@Service
@Transactional
public class Buyers {

	private final BuyerOrganisationRepository organisations;

	private final BuyerRepository buyers;

	private final BuyerRequestRepository requests;

	private final AccountActivation activations;

	private final Clock clock;

	Buyers(BuyerOrganisationRepository organisations, BuyerRepository buyers, BuyerRequestRepository requests,
			AccountActivation activations, Clock clock) {
		this.organisations = organisations;
		this.buyers = buyers;
		this.requests = requests;
		this.activations = activations;
		this.clock = clock;
	}

	/** @throws EOrderRefusedException {@code eorder.organisation.name.taken} when the name is another's */
	public long createOrganisation(PortalUser admin, OrganisationKind kind, String name, String cityCode) {
		requireAdmin(admin);
		if (organisations.findByNameIgnoringCase(name.strip()).isPresent()) {
			throw new EOrderRefusedException("eorder.organisation.name.taken");
		}
		try {
			return organisations.saveAndFlush(new BuyerOrganisation(kind, name, cityCode, admin.accountId(),
					clock.instant())).getId();
		}
		catch (DataIntegrityViolationException ex) {
			throw new EOrderRefusedException("eorder.organisation.name.taken");
		}
	}

	/** @throws EOrderRefusedException {@code eorder.buyer.email.taken} when the e-mail is another buyer's */
	public long addBuyer(PortalUser admin, long organisationId, BuyerDraft draft) {
		requireAdmin(admin);
		organisation(organisationId);
		return save(new Buyer(organisationId, draft, clock.instant())).getId();
	}

	/**
	 * Opens the buyer's BUYER login (the work e-mail as login name) without a password of anyone's choosing and links
	 * it; returns the slip with the activation code, the link also going to the address.
	 * @throws EOrderRefusedException when the buyer has a login already or the e-mail is another account's login
	 */
	public ActivationSlip openAccount(PortalUser admin, long organisationId, long buyerId) {
		requireAdmin(admin);
		Buyer buyer = buyers.findByIdAndOrganisationId(buyerId, organisationId).orElseThrow(NotFoundException::new);
		return open(admin, buyer);
	}

	/**
	 * The public form: a request for a buyer account, for an administrator to decide.
	 * @throws EOrderRefusedException {@code eorder.request.pending} when this e-mail already has a request waiting
	 */
	public long request(OrganisationKind kind, String organisationName, BuyerDraft person) {
		BuyerRequest request = new BuyerRequest(kind, organisationName, person, clock.instant());
		if (requests.existsByEmailAndStatus(request.person().email(), BuyerRequest.Status.PENDING)) {
			throw new EOrderRefusedException("eorder.request.pending");
		}
		try {
			return requests.saveAndFlush(request).getId();
		}
		catch (DataIntegrityViolationException ex) {
			throw new EOrderRefusedException("eorder.request.pending");
		}
	}

	/**
	 * Approves a request: the organisation of that name (any case) or a new one of the kind asked, the buyer in it,
	 * their login opened. Returns the activation slip.
	 */
	public ActivationSlip approve(PortalUser admin, long requestId) {
		requireAdmin(admin);
		BuyerRequest request = requests.findForDecision(requestId).orElseThrow(NotFoundException::new);
		if (request.getStatus() != BuyerRequest.Status.PENDING) {
			throw new EOrderRefusedException("eorder.request.decided");
		}
		BuyerOrganisation organisation = organisations.findByNameIgnoringCase(request.getOrganisationName())
			.orElseGet(() -> organisations.saveAndFlush(new BuyerOrganisation(request.getOrganisationKind(),
					request.getOrganisationName(), null, admin.accountId(), clock.instant())));
		Buyer buyer = save(new Buyer(organisation.getId(), request.person(), clock.instant()));
		ActivationSlip slip = open(admin, buyer);
		request.approve(buyer.getId(), admin.accountId(), clock.instant());
		return slip;
	}

	public void reject(PortalUser admin, long requestId, String reason) {
		requireAdmin(admin);
		requests.findForDecision(requestId)
			.orElseThrow(NotFoundException::new)
			.reject(reason, admin.accountId(), clock.instant());
	}

	/** The buyer behind a BUYER login, with their organisation; 404 for anyone else. */
	@Transactional(readOnly = true)
	public BuyerScope scopeOf(PortalUser user) {
		if (user.role() != Role.BUYER) {
			throw new NotFoundException();
		}
		Buyer buyer = buyers.findByAccountId(user.accountId()).orElseThrow(NotFoundException::new);
		BuyerOrganisation organisation = organisation(buyer.getOrganisationId());
		return new BuyerScope(buyer.getId(), user.accountId(), organisation.getId(), organisation.getName(),
				buyer.getFullName(), buyer.getPhone());
	}

	@Transactional(readOnly = true)
	public BuyerOrganisation organisation(long organisationId) {
		return organisations.findById(organisationId).orElseThrow(NotFoundException::new);
	}

	private ActivationSlip open(PortalUser admin, Buyer buyer) {
		if (buyer.getAccountId() != null) {
			throw new EOrderRefusedException("eorder.buyer.hasAccount");
		}
		try {
			ActivationSlip slip = activations.openForSomeoneElse(
					new NewAccount(buyer.getEmail(), buyer.getFullName(), Role.BUYER, null, Set.of(), false), admin);
			buyer.linkAccount(slip.accountId());
			return slip;
		}
		catch (EmailTakenException ex) {
			throw new EOrderRefusedException("eorder.buyer.email.login");
		}
	}

	private Buyer save(Buyer buyer) {
		if (buyers.existsByEmail(buyer.getEmail())) {
			throw new EOrderRefusedException("eorder.buyer.email.taken");
		}
		try {
			return buyers.saveAndFlush(buyer);
		}
		catch (DataIntegrityViolationException ex) {
			throw new EOrderRefusedException("eorder.buyer.email.taken");
		}
	}

	private static void requireAdmin(PortalUser admin) {
		if (admin.role() != Role.ADMIN) {
			throw new AccessDeniedException("only administrators keep buyers");
		}
	}

}

package id.jakpreneur.portal.partner;

import id.jakpreneur.portal.assessment.Evidence;
import id.jakpreneur.portal.partner.domain.CapitalRequest;
import id.jakpreneur.portal.partner.domain.IllegalReferralStepException;
import id.jakpreneur.portal.partner.domain.Referral;
import id.jakpreneur.portal.partner.domain.ReferralEvent;
import id.jakpreneur.portal.partner.domain.ReferralEventRepository;
import id.jakpreneur.portal.partner.domain.ReferralNotices;
import id.jakpreneur.portal.partner.domain.ReferralRepository;
import id.jakpreneur.portal.partner.query.ReferralQueries;
import id.jakpreneur.portal.partner.query.ReferralDetails;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepCompleted;
import id.jakpreneur.portal.entrepreneur.ConsentPurpose;
import id.jakpreneur.portal.entrepreneur.Consents;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.shared.NoticeDates;
import id.jakpreneur.portal.shared.Rupiah;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals of participants to partner offers. An officer refers participants of their own area; the partner's
 * contact (PARTNER login) sees and moves only the referrals to their organisation; officers see and move those of
 * their area; administrators all; the participant their own. Whoever may not see a referral gets "not found". Every
 * status, the first one included, is written to the referral's history with who and when, and published as
 * {@link ReferralChanged}.
 * <p>
 * No referral is shown to its partner before the participant consents ({@link #share}, a PARTNER_SHARING consent per
 * referral, also for the ones an officer made); a withdrawal ({@link #withdrawSharing} or on /me/privacy) ends the
 * partner's view at once.
 * <p>
 * A participant applies for a capital offer themself: the application is a referral to that offer with the amount
 * and purpose inside the aggregate ({@code capital_application}); its pipeline has an APPROVED step, and its disbursement
 * (COMPLETED) completes P7 Permodalan the first time.
 */
@Service
@Transactional
public class Referrals {

	/**
	 * The version of the partner-sharing consent text (message keys {@code partner.sharing.*}); a new wording gets a
	 * new version, and consents keep the version the participant saw.
	 */
	public static final String SHARING_TEXT_VERSION = "partner-sharing-2026-12";

	private final ReferralRepository referrals;

	private final ReferralEventRepository events;

	private final ReferralQueries queries;

	private final PartnerOffers offers;

	private final PartnerManagement partners;

	private final ParticipantRecords participants;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final Consents consents;

	private final ReferralNotices notices;

	Referrals(ReferralRepository referrals, ReferralEventRepository events, ReferralQueries queries,
			PartnerOffers offers, PartnerManagement partners, ParticipantRecords participants,
			ApplicationEventPublisher publisher, Clock clock, Consents consents, ReferralNotices notices) {
		this.consents = consents;
		this.notices = notices;
		this.referrals = referrals;
		this.events = events;
		this.queries = queries;
		this.offers = offers;
		this.partners = partners;
		this.participants = participants;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Refers a participant of the officer's area to an available offer.
	 * @throws NotFoundException when the participant is not the officer's to refer
	 * @throws OfferUnavailableException when the offer cannot receive referrals now
	 * @throws DuplicateReferralException when an open referral to this offer exists
	 */
	public long refer(PortalUser officer, long participantId, long offerId, String note) {
		participants.get(officer, participantId);
		OfferView offer = offers.available(offerId).orElseThrow(OfferUnavailableException::new);
		return opened(Referral.referred(offerId, offer.partnerId(), participantId, offer.kind(), note,
				officer.accountId(), clock.instant()), offer, officer);
	}

	/**
	 * The participant applies for an available capital offer.
	 * @throws OfferUnavailableException when the offer is not a capital offer that can receive applications now
	 * @throws DuplicateReferralException when an open application to this offer exists
	 */
	public long apply(PortalUser entrepreneur, long offerId, long amount, String purpose) {
		ParticipantView me = participants.ofAccount(entrepreneur.accountId()).orElseThrow(NotFoundException::new);
		OfferView offer = offers.available(offerId).filter(o -> o.kind() == OfferKind.CAPITAL)
			.orElseThrow(OfferUnavailableException::new);
		return opened(Referral.capitalApplication(offerId, offer.partnerId(), me.id(), entrepreneur.accountId(), amount,
				purpose, clock.instant()), offer, entrepreneur);
	}

	/**
	 * Stores a new referral (SENT) with the first step of its history. An open referral of the participant to the
	 * offer is refused here first; the open-referral index refuses the one a concurrent request stored meanwhile.
	 */
	private long opened(Referral referral, OfferView offer, PortalUser actor) {
		if (queries.hasOpenReferral(referral.getParticipantId(), referral.getOfferId())) {
			throw new DuplicateReferralException();
		}
		try {
			referrals.saveAndFlush(referral);
		}
		catch (DataIntegrityViolationException ex) {
			if (String.valueOf(ex.getMessage()).contains("partner_referral_open_uq")) {
				throw new DuplicateReferralException();
			}
			throw ex;
		}
		events.save(new ReferralEvent(referral.getId(), ReferralStatus.SENT, null, actor.accountId(), clock.instant()));
		published(referral, offer, ReferralStatus.SENT, null, actor);
		return referral.getId();
	}

	/** The participant's capital applications, newest first (at most 20). */
	@Transactional(readOnly = true)
	public List<CapitalApplication> capitalApplications(long participantId) {
		return queries.capitalApplications(participantId);
	}

	/**
	 * Whether the participant has a capital application still open (submitted, under review or approved, not yet
	 * disbursed or rejected): the bank must keep such an application, a legal reason to refuse erasure (contract 4).
	 */
	@Transactional(readOnly = true)
	public boolean hasOpenCapitalApplication(long participantId) {
		return queries.hasOpenCapitalApplication(participantId);
	}

	/** The amount and purpose of a capital application, if this referral is one (callers checked the viewer). */
	@Transactional(readOnly = true)
	public Optional<CapitalApplication> capitalApplication(PortalUser viewer, long referralId) {
		load(viewer, referralId);
		return queries.capitalApplication(referralId, viewer.role() == Role.ENTREPRENEUR);
	}

	/** Referrals of the officer's area (all for an administrator), most recently changed first. */
	@Transactional(readOnly = true)
	public Page<ReferralSummary> forOfficer(PortalUser officer, ReferralStatus status, Pageable page) {
		String[] area = officer.role() == Role.ADMIN ? null : officer.areaCodes().toArray(String[]::new);
		return queries.inArea(area, status, page);
	}

	/** How many referrals of the officer's area (administrators: all) have this status. */
	@Transactional(readOnly = true)
	public long countForOfficer(PortalUser officer, ReferralStatus status) {
		return queries.countInArea(officer.role() == Role.ADMIN ? null : officer.areaCodes().toArray(String[]::new),
				status);
	}

	/** Referrals to the partner contact's own organisation, most recently changed first. */
	@Transactional(readOnly = true)
	public Page<ReferralSummary> forPartner(PortalUser partner, Pageable page) {
		long partnerId = partners.partnerOf(partner).orElseThrow(NotFoundException::new);
		return queries.ofPartner(partnerId, page);
	}

	/** The latest 20 referrals of one participant, for their own page. */
	@Transactional(readOnly = true)
	public List<ReferralSummary> ofParticipant(long participantId) {
		return queries.ofParticipant(participantId);
	}

	@Transactional(readOnly = true)
	public ReferralDetails get(PortalUser viewer, long referralId) {
		load(viewer, referralId);
		return queries.details(referralId);
	}

	/**
	 * Moves a referral along its pipeline and records the step.
	 * @throws IllegalReferralStepException when the pipeline does not allow the step
	 */
	public void changeStatus(PortalUser actor, long referralId, ReferralStatus target, String reason) {
		changeStatus(actor, referralId, target, reason, false, CapitalDecision.none());
	}

	/**
	 * Moves a referral along its pipeline with the partner's note on the step (kept; the participant reads it when
	 * {@code noteShown}, and always a rejection's reason) and, for a capital application, the decision or the
	 * disbursement the step records.
	 * @throws IllegalReferralStepException when the pipeline does not allow the step
	 * @throws id.jakpreneur.portal.partner.domain.CapitalDecisionRefusedException when the decision or the disbursement breaks a rule
	 */
	public void changeStatus(PortalUser actor, long referralId, ReferralStatus target, String note, boolean noteShown,
			CapitalDecision decision) {
		if (actor.role() == Role.ENTREPRENEUR) {
			throw new NotFoundException();
		}
		Referral referral = load(actor, referralId);
		OfferView offer = offers.find(referral.getOfferId()).orElseThrow(NotFoundException::new);
		referral.moveTo(target, note, offer.kind(), decision, LocalDate.now(clock), clock.instant());
		referrals.saveAndFlush(referral);
		ReferralEvent event = events.save(new ReferralEvent(referralId, target, note, noteShown, actor.accountId(),
				clock.instant()));
		String shown = event.isShownToParticipant() ? note.strip() : null;
		published(referral, offer, target, withDecision(referral, target, shown), actor);
		if (offer.kind() == OfferKind.CAPITAL && target == ReferralStatus.COMPLETED) {
			completeCapital(referral, offer);
		}
	}

	/** The timeline's line of a capital step: the amount approved and product, or paid out and day, then the note. */
	private static String withDecision(Referral referral, ReferralStatus target, String note) {
		String decision = referral.getCapital().map(c -> switch (target) {
			case APPROVED -> "Rp " + Rupiah.format(c.getApprovedAmount()) + " · " + c.getProduct();
			case COMPLETED -> "Rp " + Rupiah.format(c.getDisbursedAmount()) + " · " + NoticeDates.day(c.getDisbursedOn());
			default -> null;
		}).orElse(null);
		if (decision == null) {
			return note;
		}
		return note == null ? decision : decision + " · " + note;
	}

	/** The first capital application with its disbursement recorded completes P7 Permodalan; later ones are recorded in the timeline only. */
	private void completeCapital(Referral referral, OfferView offer) {
		if (queries.capitalDisbursed(referral.getParticipantId()) != 1) {
			return;
		}
		CapitalRequest paid = referral.getCapital().orElseThrow();
		Evidence evidence = Evidence.of("evidence.P7.capitalDisbursed", "Rp " + Rupiah.format(paid.getDisbursedAmount()),
				offer.partnerName(), offer.title(), NoticeDates.day(paid.getDisbursedOn()));
		publisher.publishEvent(new StepCompleted(referral.getParticipantId(), StepCode.P7, evidence, clock.instant()));
	}

	private void published(Referral referral, OfferView offer, ReferralStatus status, String reason, PortalUser actor) {
		publisher.publishEvent(new ReferralChanged(referral.getId(), referral.getParticipantId(), offer.kind(),
				offer.title(), offer.partnerName(), status, reason, actor.accountId(), clock.instant()));
	}

	/**
	 * The participant consents to share one of her referrals with its partner, against the consent text of
	 * {@link #SHARING_TEXT_VERSION}: from now the partner sees it and her data, and its contacts are told.
	 * @throws NotFoundException when the referral is not hers
	 */
	public void share(PortalUser entrepreneur, long referralId) {
		Referral referral = own(entrepreneur, referralId);
		consents.give(referral.getParticipantId(), ConsentPurpose.PARTNER_SHARING, referralId, SHARING_TEXT_VERSION);
		OfferView offer = offers.find(referral.getOfferId()).orElseThrow(NotFoundException::new);
		notices.shared(referralId, referral.getPartnerId(), referral.getParticipantId(), offer.title());
	}

	/**
	 * The participant withdraws her consent to share a referral: the partner's view of it ends at once (their queries
	 * filter on the consent). Nothing when none is given.
	 * @throws NotFoundException when the referral is not hers
	 */
	public void withdrawSharing(PortalUser entrepreneur, long referralId) {
		Referral referral = own(entrepreneur, referralId);
		consents.withdraw(referral.getParticipantId(), ConsentPurpose.PARTNER_SHARING, referralId);
	}

	private Referral own(PortalUser entrepreneur, long referralId) {
		if (entrepreneur.role() != Role.ENTREPRENEUR) {
			throw new NotFoundException();
		}
		return load(entrepreneur, referralId);
	}

	/** The referral, if this person may see it: officers of the participant's area, administrators, its partner. */
	private Referral load(PortalUser viewer, long referralId) {
		Referral referral = referrals.findById(referralId).orElseThrow(NotFoundException::new);
		boolean allowed = switch (viewer.role()) {
			case ADMIN -> true;
			case OFFICER -> queries.districtOf(referral.getParticipantId()).filter(viewer::covers).isPresent();
			case PARTNER -> partners.partnerOf(viewer).filter(id -> id == referral.getPartnerId()).isPresent()
					&& queries.shared(referralId);
			case ENTREPRENEUR -> participants.ofAccount(viewer.accountId())
				.filter(p -> p.id() == referral.getParticipantId()).isPresent();
			case MENTOR, BUYER -> false;
		};
		if (!allowed) {
			throw new NotFoundException();
		}
		return referral;
	}

}

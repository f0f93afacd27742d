package id.jakpreneur.portal.partner;

import id.jakpreneur.portal.assessment.Evidence;
import id.jakpreneur.portal.partner.domain.CapitalRequest;
import id.jakpreneur.portal.partner.domain.IllegalReferralStepException;
import id.jakpreneur.portal.partner.domain.Referral;
import id.jakpreneur.portal.partner.domain.ReferralEvent;
import id.jakpreneur.portal.partner.domain.ReferralEventRepository;
import id.jakpreneur.portal.partner.domain.ReferralRepository;
import id.jakpreneur.portal.partner.query.ReferralQueries;
import id.jakpreneur.portal.partner.query.ReferralDetails;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepCompleted;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.shared.NotFoundException;
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
 * A participant applies for a capital offer themself: the application is a referral to that offer with the amount
 * and purpose inside the aggregate ({@code capital_application}); its pipeline has an APPROVED step, and its disbursement
 * (COMPLETED) completes P7 Permodalan the first time.
 */
@Service
@Transactional
public class Referrals {

	private final ReferralRepository referrals;

	private final ReferralEventRepository events;

	private final ReferralQueries queries;

	private final PartnerOffers offers;

	private final PartnerManagement partners;

	private final ParticipantRecords participants;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	Referrals(ReferralRepository referrals, ReferralEventRepository events, ReferralQueries queries,
			PartnerOffers offers, PartnerManagement partners, ParticipantRecords participants,
			ApplicationEventPublisher publisher, Clock clock) {
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
		return opened(new Referral(offerId, offer.partnerId(), participantId, note, officer.accountId(), clock.instant()), offer,
				officer);
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

	/** Stores a new referral (SENT) with the first step of its history; the open-referral index decides duplicates. */
	private long opened(Referral referral, OfferView offer, PortalUser actor) {
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
		return queries.capitalApplication(referralId);
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
		if (actor.role() == Role.ENTREPRENEUR) {
			throw new NotFoundException();
		}
		Referral referral = load(actor, referralId);
		OfferView offer = offers.find(referral.getOfferId()).orElseThrow(NotFoundException::new);
		referral.moveTo(target, reason, offer.kind(), clock.instant());
		referrals.saveAndFlush(referral);
		String why = target == ReferralStatus.REJECTED ? reason.strip() : null;
		events.save(new ReferralEvent(referralId, target, why, actor.accountId(), clock.instant()));
		published(referral, offer, target, why, actor);
		if (offer.kind() == OfferKind.CAPITAL && target == ReferralStatus.COMPLETED) {
			completeCapital(referral, offer);
		}
	}

	/** The first disbursed capital application completes P7 Permodalan; later ones are recorded in the timeline only. */
	private void completeCapital(Referral referral, OfferView offer) {
		if (queries.capitalDisbursed(referral.getParticipantId()) != 1) {
			return;
		}
		long amount = referral.getCapital().map(CapitalRequest::getAmount).orElse(0L);
		Evidence evidence = amount > 0
				? Evidence.of("evidence.P7.capitalAmount", "Rp " + Rupiah.format(amount), offer.partnerName(), offer.title())
				: Evidence.of("evidence.P7.capital", offer.partnerName(), offer.title());
		publisher.publishEvent(new StepCompleted(referral.getParticipantId(), StepCode.P7, evidence, clock.instant()));
	}

	private void published(Referral referral, OfferView offer, ReferralStatus status, String reason, PortalUser actor) {
		publisher.publishEvent(new ReferralChanged(referral.getId(), referral.getParticipantId(), offer.kind(),
				offer.title(), offer.partnerName(), status, reason, actor.accountId(), clock.instant()));
	}

	/** The referral, if this person may see it: officers of the participant's area, administrators, its partner. */
	private Referral load(PortalUser viewer, long referralId) {
		Referral referral = referrals.findById(referralId).orElseThrow(NotFoundException::new);
		boolean allowed = switch (viewer.role()) {
			case ADMIN -> true;
			case OFFICER -> queries.districtOf(referral.getParticipantId()).filter(viewer::covers).isPresent();
			case PARTNER -> partners.partnerOf(viewer).filter(id -> id == referral.getPartnerId()).isPresent();
			case ENTREPRENEUR -> participants.ofAccount(viewer.accountId())
				.filter(p -> p.id() == referral.getParticipantId()).isPresent();
			case MENTOR -> false;
		};
		if (!allowed) {
			throw new NotFoundException();
		}
		return referral;
	}

}

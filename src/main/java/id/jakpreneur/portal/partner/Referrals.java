package id.jakpreneur.portal.partner;

import id.jakpreneur.portal.partner.domain.IllegalReferralStepException;
import id.jakpreneur.portal.partner.domain.Referral;
import id.jakpreneur.portal.partner.domain.ReferralEvent;
import id.jakpreneur.portal.partner.domain.ReferralEventRepository;
import id.jakpreneur.portal.partner.domain.ReferralRepository;
import id.jakpreneur.portal.partner.query.ReferralDetails;
import id.jakpreneur.portal.partner.query.ReferralStep;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepCompleted;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.shared.Rupiah;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * and purpose beside it ({@code capital_application}); its pipeline has an APPROVED step, and its disbursement
 * (COMPLETED) completes P7 Permodalan the first time.
 */
@Service
@Transactional
public class Referrals {

	private static final String COLUMNS = """
			select r.id, r.status, r.created_at, r.updated_at, p.id, p.full_name, p.business_name, p.sector,
			       p.district_code, o.title, o.kind, org.name""";

	private static final String FROM = """
			 from partner_referral r
			join participant p on p.id = r.participant_id
			join partner_offer o on o.id = r.offer_id
			join partner_organisation org on org.id = r.partner_id
			""";

	private static final String SELECT = COLUMNS + FROM;

	private final ReferralRepository referrals;

	private final ReferralEventRepository events;

	private final PartnerOffers offers;

	private final PartnerManagement partners;

	private final ParticipantRecords participants;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	Referrals(ReferralRepository referrals, ReferralEventRepository events, PartnerOffers offers,
			PartnerManagement partners, ParticipantRecords participants, JdbcTemplate jdbc,
			ApplicationEventPublisher publisher, Clock clock) {
		this.referrals = referrals;
		this.events = events;
		this.offers = offers;
		this.partners = partners;
		this.participants = participants;
		this.jdbc = jdbc;
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
		Referral referral = new Referral(offerId, offer.partnerId(), participantId, note, officer.accountId());
		try {
			referrals.saveAndFlush(referral);
		}
		catch (DataIntegrityViolationException ex) {
			if (String.valueOf(ex.getMessage()).contains("partner_referral_open_uq")) {
				throw new DuplicateReferralException();
			}
			throw ex;
		}
		events.save(new ReferralEvent(referral.getId(), ReferralStatus.SENT, null, officer.accountId()));
		published(referral, offer, ReferralStatus.SENT, null, officer);
		return referral.getId();
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
		Referral referral = new Referral(offerId, offer.partnerId(), me.id(), null, entrepreneur.accountId());
		try {
			referrals.saveAndFlush(referral);
		}
		catch (DataIntegrityViolationException ex) {
			if (String.valueOf(ex.getMessage()).contains("partner_referral_open_uq")) {
				throw new DuplicateReferralException();
			}
			throw ex;
		}
		jdbc.update("insert into capital_application (referral_id, amount, purpose) values (?, ?, ?)",
				referral.getId(), amount, purpose.strip());
		events.save(new ReferralEvent(referral.getId(), ReferralStatus.SENT, null, entrepreneur.accountId()));
		published(referral, offer, ReferralStatus.SENT, null, entrepreneur);
		return referral.getId();
	}

	/** The participant's capital applications, newest first (at most 20). */
	@Transactional(readOnly = true)
	public List<CapitalApplication> capitalApplications(long participantId) {
		return jdbc.query(COLUMNS + ", c.amount, c.purpose, r.reason" + FROM
				+ " join capital_application c on c.referral_id = r.id"
				+ " where r.participant_id = ? order by r.created_at desc, r.id desc limit 20",
				(rs, n) -> new CapitalApplication(summary(rs, n), rs.getLong(13), rs.getString(14), rs.getString(15)),
				participantId);
	}

	/** The amount and purpose of a capital application, if this referral is one (callers checked the viewer). */
	@Transactional(readOnly = true)
	public Optional<CapitalApplication> capitalApplication(PortalUser viewer, long referralId) {
		load(viewer, referralId);
		return jdbc.query(COLUMNS + ", c.amount, c.purpose, r.reason" + FROM
				+ " join capital_application c on c.referral_id = r.id where r.id = ?",
				(rs, n) -> new CapitalApplication(summary(rs, n), rs.getLong(13), rs.getString(14), rs.getString(15)),
				referralId).stream().findFirst();
	}

	/** Referrals of the officer's area (all for an administrator), most recently changed first. */
	@Transactional(readOnly = true)
	public Page<ReferralSummary> forOfficer(PortalUser officer, ReferralStatus status, Pageable page) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> args = new ArrayList<>();
		if (officer.role() != Role.ADMIN) {
			String[] area = officer.areaCodes().toArray(String[]::new);
			where.append(" and (p.city_code = any (?) or p.district_code = any (?))");
			args.add(area);
			args.add(area);
		}
		if (status != null) {
			where.append(" and r.status = ?");
			args.add(status.name());
		}
		return page(where.toString(), args, page);
	}

	/** Referrals to the partner contact's own organisation, most recently changed first. */
	@Transactional(readOnly = true)
	public Page<ReferralSummary> forPartner(PortalUser partner, Pageable page) {
		long partnerId = partners.partnerOf(partner).orElseThrow(NotFoundException::new);
		List<Object> args = new ArrayList<>(List.of(partnerId));
		return page(" where r.partner_id = ?", args, page);
	}

	/** The latest 20 referrals of one participant, for their own page. */
	@Transactional(readOnly = true)
	public List<ReferralSummary> ofParticipant(long participantId) {
		return jdbc.query(SELECT + " where r.participant_id = ? order by r.created_at desc, r.id desc limit 20",
				Referrals::summary, participantId);
	}

	@Transactional(readOnly = true)
	public ReferralDetails get(PortalUser viewer, long referralId) {
		load(viewer, referralId);
		ReferralDetails details = jdbc.queryForObject(COLUMNS + ", r.note, r.reason, p.phone" + FROM + " where r.id = ?",
				(rs, n) -> new ReferralDetails(summary(rs, n), rs.getString(13), rs.getString(14), rs.getString(15),
						List.of()),
				referralId);
		List<ReferralStep> history = jdbc.query("""
				select e.status, e.reason, a.full_name, e.changed_at
				from partner_referral_event e join account a on a.id = e.changed_by
				where e.referral_id = ? order by e.changed_at, e.id
				""", (rs, n) -> new ReferralStep(ReferralStatus.valueOf(rs.getString(1)), rs.getString(2),
				rs.getString(3), rs.getTimestamp(4).toInstant()), referralId);
		return new ReferralDetails(details.summary(), details.note(), details.reason(), details.participantPhone(),
				history);
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
		referral.moveTo(target, reason, offer.kind());
		referrals.saveAndFlush(referral);
		String why = target == ReferralStatus.REJECTED ? reason.strip() : null;
		events.save(new ReferralEvent(referralId, target, why, actor.accountId()));
		published(referral, offer, target, why, actor);
		if (offer.kind() == OfferKind.CAPITAL && target == ReferralStatus.COMPLETED) {
			completeCapital(referral, offer);
		}
	}

	/** The first disbursed capital application completes P7 Permodalan; later ones are recorded in the timeline only. */
	private void completeCapital(Referral referral, OfferView offer) {
		Long disbursed = jdbc.queryForObject("""
				select count(*) from partner_referral r join partner_offer o on o.id = r.offer_id
				where r.participant_id = ? and r.status = 'COMPLETED' and o.kind = 'CAPITAL'
				""", Long.class, referral.getParticipantId());
		if (disbursed == null || disbursed != 1) {
			return;
		}
		long amount = jdbc.queryForList("select amount from capital_application where referral_id = ?", Long.class,
				referral.getId()).stream().findFirst().orElse(0L);
		String evidence = "Modal " + (amount > 0 ? "Rp " + Rupiah.format(amount) + " " : "") + "dicairkan oleh "
				+ offer.partnerName() + " (" + offer.title() + ")";
		publisher.publishEvent(new StepCompleted(referral.getParticipantId(), StepCode.P7,
				evidence.length() > 500 ? evidence.substring(0, 500) : evidence, clock.instant()));
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
			case OFFICER -> districtOf(referral).filter(viewer::covers).isPresent();
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

	private Optional<String> districtOf(Referral referral) {
		return jdbc.queryForList("select district_code from participant where id = ?", String.class,
				referral.getParticipantId()).stream().findFirst();
	}

	private Page<ReferralSummary> page(String where, List<Object> args, Pageable page) {
		Long total = jdbc.queryForObject(
				"select count(*) from partner_referral r join participant p on p.id = r.participant_id" + where,
				Long.class, args.toArray());
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(page.getPageSize());
		pageArgs.add(page.getOffset());
		List<ReferralSummary> rows = jdbc.query(SELECT + where + " order by r.updated_at desc, r.id desc limit ? offset ?",
				Referrals::summary, pageArgs.toArray());
		return new PageImpl<>(rows, page, total == null ? 0 : total);
	}

	private static ReferralSummary summary(ResultSet rs, int n) throws SQLException {
		return new ReferralSummary(rs.getLong(1), ReferralStatus.valueOf(rs.getString(2)),
				rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(), rs.getLong(5), rs.getString(6),
				rs.getString(7), Sector.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10),
				OfferKind.valueOf(rs.getString(11)), rs.getString(12));
	}

}

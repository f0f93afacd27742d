package id.jakpreneur.portal.partner;

import id.jakpreneur.portal.partner.domain.Applicant;
import id.jakpreneur.portal.partner.domain.OfferMatcher;
import id.jakpreneur.portal.partner.query.OfferQueries;
import id.jakpreneur.portal.assessment.Phase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.entrepreneur.ParticipantView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offers participants can be pointed to: active offers of partners whose MoU has not expired. The module's API for
 * offers (reads through {@link OfferQueries}). Matching happens in {@link OfferMatcher}: active offers
 * are bounded by the number of partner MoUs (tens to hundreds, not a million), so they are matched in memory
 * (docs/decisions.md).
 */
@Service
@Transactional(readOnly = true)
public class PartnerOffers {

	private final OfferQueries queries;

	private final Clock clock;

	PartnerOffers(OfferQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	/** Every offer of one partner, active or not, by title. */
	List<OfferView> ofPartner(long partnerId) {
		return queries.ofPartner(partnerId);
	}

	/** One offer, active or not. */
	Optional<OfferView> find(long offerId) {
		return queries.find(offerId);
	}

	/** Offers that can receive referrals now, by partner and title. */
	public List<OfferView> available() {
		return queries.available(LocalDate.now(clock));
	}

	/** One offer, if it can receive referrals now. */
	public Optional<OfferView> available(long offerId) {
		return queries.available(offerId, LocalDate.now(clock));
	}

	/**
	 * The available offers that fit a participant, one page of them. The phase is the participant's current phase
	 * from their latest assessment; without one, only offers that do not target phases are shown.
	 */
	public Page<OfferView> fitting(ParticipantView participant, Optional<Phase> phase, Pageable page) {
		Applicant applicant = Applicant.of(participant, LocalDate.now(clock));
		List<OfferView> fits = available().stream()
			.filter(offer -> OfferMatcher.fits(offer.target(), applicant, phase))
			.toList();
		int from = (int) Math.min(page.getOffset(), fits.size());
		int to = Math.min(from + page.getPageSize(), fits.size());
		return new PageImpl<>(fits.subList(from, to), page, fits.size());
	}

}

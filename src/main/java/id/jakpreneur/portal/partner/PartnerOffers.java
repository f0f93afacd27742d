package id.jakpreneur.portal.partner;

import id.jakpreneur.portal.partner.domain.Applicant;
import id.jakpreneur.portal.partner.domain.OfferMatcher;
import id.jakpreneur.portal.partner.domain.PartnerOffer;
import id.jakpreneur.portal.assessment.SizeClass;
import id.jakpreneur.portal.assessment.Phase;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.entrepreneur.ParticipantView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offers participants can be pointed to: active offers of partners whose MoU has not expired. An offer and
 * its targets are one row, so every list here is one query. Matching happens in {@link OfferMatcher}: active offers
 * are bounded by the number of partner MoUs (tens to hundreds, not a million), so they are matched in memory
 * (docs/decisions.md).
 */
@Service
@Transactional(readOnly = true)
public class PartnerOffers {

	private static final String SELECT = """
			select o.id, o.partner_id, p.name, p.kind, o.kind, o.title, o.description, o.target_sectors, o.size_from,
			       o.size_to, o.target_areas, o.target_phases, o.active
			from partner_offer o join partner_organisation p on p.id = o.partner_id
			""";

	private static final String AVAILABLE = SELECT + " where o.active and (p.mou_end is null or p.mou_end >= ?)";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PartnerOffers(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every offer of one partner, active or not, by title. */
	List<OfferView> ofPartner(long partnerId) {
		return jdbc.query(SELECT + " where o.partner_id = ? order by o.title, o.id", PartnerOffers::row, partnerId);
	}

	/** One offer, active or not. */
	Optional<OfferView> find(long offerId) {
		return jdbc.query(SELECT + " where o.id = ?", PartnerOffers::row, offerId).stream().findFirst();
	}

	/** Offers that can receive referrals now, by partner and title. */
	public List<OfferView> available() {
		return jdbc.query(AVAILABLE + " order by lower(p.name), o.title, o.id", PartnerOffers::row, LocalDate.now(clock));
	}

	/** One offer, if it can receive referrals now. */
	public Optional<OfferView> available(long offerId) {
		return jdbc.query(AVAILABLE + " and o.id = ?", PartnerOffers::row, LocalDate.now(clock), offerId).stream().findFirst();
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

	private static OfferView row(ResultSet rs, int n) throws SQLException {
		OfferTarget target = PartnerOffer.target(strings(rs.getArray(8)), size(rs.getString(9)), size(rs.getString(10)),
				strings(rs.getArray(11)), strings(rs.getArray(12)));
		return new OfferView(rs.getLong(1), rs.getLong(2), rs.getString(3), PartnerKind.valueOf(rs.getString(4)),
				OfferKind.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), target, rs.getBoolean(13));
	}

	private static String[] strings(Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}

	private static SizeClass size(String code) {
		return code == null ? null : SizeClass.valueOf(code);
	}

}

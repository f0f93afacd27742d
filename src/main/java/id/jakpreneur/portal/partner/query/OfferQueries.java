package id.jakpreneur.portal.partner.query;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.assessment.SizeClass;
import id.jakpreneur.portal.partner.OfferKind;
import id.jakpreneur.portal.partner.OfferTarget;
import id.jakpreneur.portal.partner.OfferView;
import id.jakpreneur.portal.partner.PartnerKind;
import id.jakpreneur.portal.partner.domain.PartnerOffer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Offers with their partner's name and kind. An offer and its targets are one row, so every list is one query. */
@Service
@Transactional(readOnly = true)
public class OfferQueries {

	private static final String SELECT = """
			select o.id, o.partner_id, p.name as partner_name, p.kind as partner_kind, o.kind, o.title, o.description,
			       o.target_sectors, o.size_from, o.size_to, o.target_areas, o.target_phases, o.active
			from partner_offer o join partner_organisation p on p.id = o.partner_id
			""";

	private static final String AVAILABLE = SELECT + " where o.active and (p.mou_end is null or p.mou_end >= :today)";

	private final JdbcClient jdbc;

	OfferQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every offer of one partner, active or not, by title. */
	public List<OfferView> ofPartner(long partnerId) {
		return jdbc.sql(SELECT + " where o.partner_id = :partnerId order by o.title, o.id")
			.param("partnerId", partnerId)
			.query(OfferQueries::row)
			.list();
	}

	/** One offer, active or not. */
	public Optional<OfferView> find(long offerId) {
		return jdbc.sql(SELECT + " where o.id = :offerId").param("offerId", offerId).query(OfferQueries::row).optional();
	}

	/** Offers that can receive referrals on this day, by partner and title. */
	public List<OfferView> available(LocalDate today) {
		return jdbc.sql(AVAILABLE + " order by lower(p.name), o.title, o.id")
			.param("today", today)
			.query(OfferQueries::row)
			.list();
	}

	/** One offer, if it can receive referrals on this day. */
	public Optional<OfferView> available(long offerId, LocalDate today) {
		return jdbc.sql(AVAILABLE + " and o.id = :offerId")
			.param("today", today)
			.param("offerId", offerId)
			.query(OfferQueries::row)
			.optional();
	}

	private static OfferView row(ResultSet rs, int n) throws SQLException {
		OfferTarget target = PartnerOffer.target(strings(rs.getArray("target_sectors")), size(rs.getString("size_from")),
				size(rs.getString("size_to")), strings(rs.getArray("target_areas")),
				strings(rs.getArray("target_phases")));
		return new OfferView(rs.getLong("id"), rs.getLong("partner_id"), rs.getString("partner_name"),
				PartnerKind.valueOf(rs.getString("partner_kind")), OfferKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getString("description"), target, rs.getBoolean("active"));
	}

	private static String[] strings(Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}

	private static SizeClass size(String code) {
		return code == null ? null : SizeClass.valueOf(code);
	}

}

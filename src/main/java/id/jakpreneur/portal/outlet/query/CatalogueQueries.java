package id.jakpreneur.portal.outlet.query;

import java.util.List;

import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.PhotoType;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partners' catalogue: curated products (graded A or B, so validated first) of participants whose catalogue
 * consent is active in entrepreneur's published view {@code participant_consent}. Every read joins that consent,
 * so a withdrawal removes her products (and their photos) from what partners see with the next request.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueQueries {

	/** The text version of the catalogue consent asked on the participant's product page. */
	public static final String CONSENT_TEXT = "catalogue-2026-12";

	private static final String IN_CATALOGUE = """
			from outlet_product pr
			join participant_directory p on p.id = pr.participant_id
			where pr.status = 'GRADED' and pr.grade in ('A', 'B')
			  and exists (select 1 from participant_consent c
			              where c.participant_id = pr.participant_id and c.purpose = 'CATALOGUE'
			                and c.withdrawn_at is null)
			""";

	private final JdbcClient jdbc;

	CatalogueQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of the catalogue, best grade and newest grading first; null sector: every sector. */
	public Slice<CatalogueProduct> page(Sector sector, Pageable page) {
		List<CatalogueProduct> rows = jdbc.sql("""
				select pr.id, pr.name, pr.sector, pr.price, pr.grade, p.business_name, p.district_code,
				       exists (select 1 from outlet_product_photo ph where ph.product_id = pr.id) as has_photo
				""" + IN_CATALOGUE + """
				  and (cast(:sector as varchar) is null or pr.sector = :sector)
				order by pr.grade, pr.graded_at desc, pr.id desc
				limit :limit offset :offset
				""")
			.param("sector", sector == null ? null : sector.name(), java.sql.Types.VARCHAR)
			.param("limit", page.getPageSize() + 1)
			.param("offset", page.getOffset())
			.query((rs, n) -> new CatalogueProduct(rs.getLong("id"), rs.getString("name"),
					Sector.valueOf(rs.getString("sector")), rs.getLong("price"), Grade.of(rs.getString("grade")),
					rs.getString("business_name"), rs.getString("district_code"), rs.getBoolean("has_photo")))
			.list();
		boolean hasNext = rows.size() > page.getPageSize();
		return new SliceImpl<>(hasNext ? rows.subList(0, page.getPageSize()) : rows, page, hasNext);
	}

	/** The photo of a product in the catalogue; not found once it has left it. */
	public Photo photo(long productId) {
		return jdbc.sql("select ph.content_type, ph.bytes from outlet_product_photo ph where ph.product_id = :id"
				+ " and exists (select 1 " + IN_CATALOGUE + " and pr.id = :id)")
			.param("id", productId)
			.query((rs, n) -> new Photo(PhotoType.ofContentType(rs.getString("content_type")).orElseThrow(),
					rs.getBytes("bytes")))
			.optional()
			.orElseThrow(NotFoundException::new);
	}

}

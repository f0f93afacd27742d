package id.jakpreneur.portal.outlet.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.outlet.domain.CurationStatus;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.OutletSettings;
import id.jakpreneur.portal.outlet.domain.PhotoType;
import id.jakpreneur.portal.outlet.domain.ProductDraft;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.shared.PlannedOnce;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is read about products in curation: one product with its history (for whoever may see it), its photo, the
 * participant's own products, and the queues of mentors and officers. Whoever may not see a product gets "not
 * found".
 * <p>
 * The mentor who verifies is the participant's assigned mentor; while a participant has none, a mentor whose area
 * covers their kelurahan may (the assignment is read from a view the mentoring module publishes, see decision 45).
 */
@Service
@Transactional(readOnly = true)
public class ProductQueries {

	private static final String PRODUCT_COLUMNS = """
			select pr.id, pr.participant_id, p.full_name, p.village_code, pr.name, pr.sector, pr.price, pr.packaging,
			       pr.spp_irt_number, pr.halal_number, pr.bpom_number, pr.status, pr.return_note, pr.grade,
			       pr.grade_notes, pr.graded_at, pr.submitted_at, p.account_id,
			       (select cm.mentor_account_id from participant_current_mentor cm
			        where cm.participant_id = p.id) as mentor_account_id
			from outlet_product pr join participant_directory p on p.id = pr.participant_id
			""";

	/**
	 * A mentor's share of the curation queue: products of their own mentees, and of participants of their area who
	 * have no mentor yet (another mentor's mentee is that mentor's to verify).
	 */
	private static final String MENTOR_SHARE = """
			 and (p.city_code = any (:area) or p.district_code = any (:area) or exists (
			      select 1 from participant_current_mentor cm
			      where cm.participant_id = p.id and cm.mentor_account_id = :mentor))
			 and not exists (select 1 from participant_current_mentor cm
			      where cm.participant_id = p.id and cm.mentor_account_id <> :mentor)""";

	private static final String SUMMARY_COLUMNS = """
			select pr.id, pr.name, pr.sector, p.full_name, p.village_code, pr.status, pr.grade, pr.submitted_at
			from outlet_product pr join participant_directory p on p.id = pr.participant_id
			""";

	private final JdbcClient jdbc;

	private final OutletSettings settings;

	ProductQueries(JdbcClient jdbc, OutletSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** A product with its history, if this person may see it. */
	public ProductView get(PortalUser viewer, long productId) {
		record Loaded(ProductView view, Long accountId, Long mentorAccountId) {
		}
		Loaded loaded = jdbc.sql(PRODUCT_COLUMNS + " where pr.id = :productId")
			.param("productId", productId)
			.query((rs, n) -> new Loaded(product(rs, List.of()), rs.getObject("account_id", Long.class),
					rs.getObject("mentor_account_id", Long.class)))
			.optional()
			.orElseThrow(NotFoundException::new);
		if (!maySee(viewer, loaded.accountId(), loaded.view().villageCode(), loaded.mentorAccountId())) {
			throw new NotFoundException();
		}
		List<CurationEvent> history = jdbc.sql("""
				select e.action, e.grade, e.note, a.full_name, e.at from outlet_curation_event e
				join account_directory a on a.id = e.actor_id where e.product_id = :productId order by e.at, e.id limit 200
				""")
			.param("productId", productId)
			.query((rs, n) -> new CurationEvent(CurationStatus.valueOf(rs.getString("action")),
					Grade.of(rs.getString("grade")), rs.getString("note"), rs.getString("full_name"),
					CallQueries.instant(rs, "at")))
			.list();
		ProductView v = loaded.view();
		return new ProductView(v.id(), v.participantId(), v.participantName(), v.villageCode(), v.draft(), v.status(),
				v.returnNote(), v.grade(), v.gradeNotes(), v.gradedAt(), v.submittedAt(), v.recurationFrom(), history);
	}

	/** The photo, for whoever may see the product. */
	public Photo photo(PortalUser viewer, long productId) {
		get(viewer, productId);
		return jdbc.sql("select content_type, bytes from outlet_product_photo where product_id = :productId")
			.param("productId", productId)
			.query((rs, n) -> new Photo(PhotoType.ofContentType(rs.getString("content_type")).orElseThrow(),
					rs.getBytes("bytes")))
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	/** The participant's own products, newest first (a participant has a handful; the list stops at 100). */
	public List<ProductSummary> mine(long participantId) {
		return jdbc.sql(SUMMARY_COLUMNS + " where pr.participant_id = :participantId order by pr.id desc limit 100")
			.param("participantId", participantId)
			.query((rs, n) -> summary(rs))
			.list();
	}

	/** Products waiting at this step, in the user's area, oldest first: one query per slice. */
	public Slice<ProductSummary> queue(PortalUser user, CurationStatus status, Pageable page) {
		Map<String, Object> params = new HashMap<>();
		params.put("status", status.name());
		String area = "";
		if (user.role() == Role.MENTOR) {
			area = " " + MENTOR_SHARE;
			params.put("area", user.areaCodes().toArray(String[]::new));
			params.put("mentor", user.accountId());
		}
		else {
			String condition = OutletQueries.areaCondition(user, "p", params);
			area = condition.isEmpty() ? "" : " and " + condition;
		}
		params.put("limit", page.getPageSize() + 1);
		params.put("offset", page.getOffset());
		List<ProductSummary> rows = jdbc.sql(SUMMARY_COLUMNS + " where pr.status = :status" + area
				+ " order by pr.submitted_at, pr.id limit :limit offset :offset")
			.params(params)
			.query((rs, n) -> summary(rs))
			.list();
		boolean hasNext = rows.size() > page.getPageSize();
		return new SliceImpl<>(hasNext ? rows.subList(0, page.getPageSize()) : rows, page, hasNext);
	}

	/**
	 * How many products wait in this user's queues, by the step they wait at: a mentor's share of the submitted
	 * ones; an officer's (administrator's) verified ones to validate and validated ones to grade. One statement.
	 */
	public Map<CurationStatus, Long> waiting(PortalUser user) {
		Map<String, Object> params = new HashMap<>();
		String where;
		if (user.role() == Role.MENTOR) {
			where = "pr.status = '" + CurationStatus.SUBMITTED.name() + "' " + MENTOR_SHARE;
			params.put("area", user.areaCodes().toArray(String[]::new));
			params.put("mentor", user.accountId());
		}
		else {
			// the officers' tray, on every visit of their home: planned once per connection (PlannedOnce)
			String area = OutletQueries.plannedAreaCondition(user, "p");
			where = "pr.status = any (" + PlannedOnce.names(List.of(CurationStatus.VERIFIED, CurationStatus.VALIDATED))
					+ ")" + (area.isEmpty() ? "" : " and " + area);
		}
		Map<CurationStatus, Long> counts = new java.util.EnumMap<>(CurationStatus.class);
		jdbc.sql("select pr.status, count(*) as waiting"
				+ " from outlet_product pr join participant_directory p on p.id = pr.participant_id"
				+ " where " + where + " group by pr.status")
			.params(params)
			.query(rs -> {
				counts.put(CurationStatus.valueOf(rs.getString("status")), rs.getLong("waiting"));
			});
		return counts;
	}

	/**
	 * The participant themself; their mentor (a mentor of the area while they have none); an officer whose area
	 * covers the participant's kelurahan; administrators.
	 */
	static boolean maySee(PortalUser viewer, Long ownerAccountId, String villageCode, Long mentorAccountId) {
		return switch (viewer.role()) {
			case ENTREPRENEUR -> Objects.equals(ownerAccountId, viewer.accountId());
			case MENTOR -> mentorAccountId != null ? mentorAccountId == viewer.accountId() : viewer.covers(villageCode);
			case OFFICER, ADMIN -> viewer.covers(villageCode);
			case PARTNER, BUYER -> false;
		};
	}

	private ProductView product(ResultSet rs, List<CurationEvent> history) throws SQLException {
		ProductDraft draft = new ProductDraft(rs.getString("name"), Sector.valueOf(rs.getString("sector")),
				rs.getLong("price"), rs.getString("packaging"), rs.getString("spp_irt_number"),
				rs.getString("halal_number"), rs.getString("bpom_number"));
		Grade grade = Grade.of(rs.getString("grade"));
		Instant gradedAt = CallQueries.instant(rs, "graded_at");
		LocalDate recuration = grade != null && grade.mayBeRecurated()
				? gradedAt.atZone(Jakarta.ZONE).toLocalDate().plusDays(settings.recurationDays()) : null;
		return new ProductView(rs.getLong("id"), rs.getLong("participant_id"), rs.getString("full_name"),
				rs.getString("village_code"), draft, CurationStatus.valueOf(rs.getString("status")),
				rs.getString("return_note"), grade, rs.getString("grade_notes"), gradedAt,
				CallQueries.instant(rs, "submitted_at"), recuration, history);
	}

	private static ProductSummary summary(ResultSet rs) throws SQLException {
		return new ProductSummary(rs.getLong("id"), rs.getString("name"), Sector.valueOf(rs.getString("sector")),
				rs.getString("full_name"), rs.getString("village_code"), CurationStatus.valueOf(rs.getString("status")),
				Grade.of(rs.getString("grade")), CallQueries.instant(rs, "submitted_at"));
	}

}

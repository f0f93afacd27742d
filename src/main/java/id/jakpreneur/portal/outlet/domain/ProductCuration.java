package id.jakpreneur.portal.outlet.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.outlet.query.CurationEvent;
import id.jakpreneur.portal.outlet.query.Photo;
import id.jakpreneur.portal.outlet.query.ProductSummary;
import id.jakpreneur.portal.outlet.query.ProductView;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Product curation, the real workflow: the participant submits a product with a photo, her mentor verifies it, an
 * officer of the area validates it, and a curator (an officer) grades it
 * A, B or C with notes. Each step may instead return the product with a note; the participant corrects and submits
 * again. A B or C product may be submitted again {@code jakpreneur.outlet.recuration-days} after its grading; its
 * grade stays valid until the new one. Whoever may not see a product gets "not found".
 * <p>
 * The mentor who verifies is the participant's assigned mentor; while a participant has none, a mentor whose area
 * covers their kelurahan may (the assignment is read from the mentoring module's table, see decision 45).
 */
@Service
@Transactional
public class ProductCuration {

	private static final String PRODUCT_COLUMNS = """
			select pr.id, pr.participant_id, p.full_name, p.village_code, pr.name, pr.sector, pr.price, pr.packaging,
			       pr.spp_irt_number, pr.halal_number, pr.bpom_number, pr.status, pr.return_note, pr.grade,
			       pr.grade_notes, pr.graded_at, pr.submitted_at, p.account_id,
			       (select m.account_id from mentor_assignment ma join mentor m on m.id = ma.mentor_id
			        where ma.participant_id = p.id and ma.ended_at is null) as mentor_account_id
			from outlet_product pr join participant p on p.id = pr.participant_id
			""";

	/**
	 * A mentor's share of the curation queue: products of their own mentees, and of participants of their area who
	 * have no mentor yet (another mentor's mentee is that mentor's to verify).
	 */
	private static final String MENTOR_SHARE = """
			 and (p.city_code = any (?) or p.district_code = any (?) or exists (
			      select 1 from mentor_assignment ma join mentor m on m.id = ma.mentor_id
			      where ma.participant_id = p.id and ma.ended_at is null and m.account_id = ?))
			 and not exists (select 1 from mentor_assignment ma join mentor m on m.id = ma.mentor_id
			      where ma.participant_id = p.id and ma.ended_at is null and m.account_id <> ?)""";

	private static final String SUMMARY_COLUMNS = """
			select pr.id, pr.name, pr.sector, p.full_name, p.village_code, pr.status, pr.grade, pr.submitted_at
			from outlet_product pr join participant p on p.id = pr.participant_id
			""";

	private final JdbcTemplate jdbc;

	private final ParticipantRecords participants;

	private final OutletSettings settings;

	private final Clock clock;

	ProductCuration(JdbcTemplate jdbc, ParticipantRecords participants, OutletSettings settings, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.participants = participants;
		this.settings = settings;
	}

	/**
	 * The participant submits a new product with its photo; returns its id.
	 * @throws OutletRefusedException when the photo is missing, too large or not a JPEG, PNG or WebP image
	 */
	public long submit(PortalUser user, ProductDraft draft, byte[] photo) {
		ParticipantView me = participants.ofAccount(user.accountId()).orElseThrow(NotFoundException::new);
		PhotoType type = PhotoType.check(photo);
		long id = jdbc.queryForObject("""
				insert into outlet_product (participant_id, name, sector, price, packaging, spp_irt_number,
				  halal_number, bpom_number, status)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED') returning id
				""", Long.class, me.id(), draft.name().strip(), draft.sector().name(), draft.price(),
				draft.packaging().strip(), blankToNull(draft.sppIrtNumber()), blankToNull(draft.halalNumber()),
				blankToNull(draft.bpomNumber()));
		jdbc.update("insert into outlet_product_photo (product_id, content_type, size_bytes, bytes) values (?, ?, ?, ?)",
				id, type.contentType(), photo.length, photo);
		event(id, CurationStatus.SUBMITTED, null, null, user);
		return id;
	}

	/**
	 * The participant corrects a returned product, or asks to curate a B or C product again once due. Without a
	 * new photo the old one stays.
	 */
	public void resubmit(PortalUser user, long productId, ProductDraft draft, byte[] photo) {
		ProductView product = view(user, productId, true);
		if (user.role() != Role.ENTREPRENEUR || !product.resubmittable(LocalDate.now(clock))) {
			throw new OutletRefusedException(product.recurationFrom() != null ? "outlet.product.recurationNotYet"
					: "outlet.product.notResubmittable");
		}
		PhotoType type = photo == null || photo.length == 0 ? null : PhotoType.check(photo);
		jdbc.update("""
				update outlet_product set name = ?, sector = ?, price = ?, packaging = ?, spp_irt_number = ?,
				  halal_number = ?, bpom_number = ?, status = 'SUBMITTED', return_note = null, submitted_at = now(),
				  version = version + 1
				where id = ?
				""", draft.name().strip(), draft.sector().name(), draft.price(), draft.packaging().strip(),
				blankToNull(draft.sppIrtNumber()), blankToNull(draft.halalNumber()), blankToNull(draft.bpomNumber()),
				productId);
		if (type != null) {
			jdbc.update("update outlet_product_photo set content_type = ?, size_bytes = ?, bytes = ? where product_id = ?",
					type.contentType(), photo.length, photo, productId);
		}
		event(productId, CurationStatus.SUBMITTED, null, null, user);
	}

	/** The mentor verifies a submitted product, or returns it with a note. */
	public void verify(PortalUser mentor, long productId, boolean approve, String note) {
		decide(mentor, Role.MENTOR, productId, CurationStatus.SUBMITTED, CurationStatus.VERIFIED, approve, note);
	}

	/** An officer validates a verified product, or returns it with a note. */
	public void validate(PortalUser officer, long productId, boolean approve, String note) {
		decide(officer, Role.OFFICER, productId, CurationStatus.VERIFIED, CurationStatus.VALIDATED, approve, note);
	}

	/** A curator (officer role) grades a validated product. */
	public void grade(PortalUser curator, long productId, Grade grade, String notes) {
		ProductView product = view(curator, productId, true);
		requireStaff(curator, Role.OFFICER);
		if (product.status() != CurationStatus.VALIDATED) {
			throw new OutletRefusedException("outlet.curation.wrongStep");
		}
		jdbc.update("""
				update outlet_product set status = 'GRADED', grade = ?, grade_notes = ?, graded_at = now(),
				  version = version + 1 where id = ?
				""", grade.name(), notes.strip(), productId);
		event(productId, CurationStatus.GRADED, grade, notes.strip(), curator);
	}

	private void decide(PortalUser actor, Role role, long productId, CurationStatus from, CurationStatus to,
			boolean approve, String note) {
		ProductView product = view(actor, productId, true);
		requireStaff(actor, role);
		if (product.status() != from) {
			throw new OutletRefusedException("outlet.curation.wrongStep");
		}
		String cleanNote = blankToNull(note);
		if (!approve && cleanNote == null) {
			throw new OutletRefusedException("outlet.curation.noteRequired");
		}
		CurationStatus next = approve ? to : CurationStatus.RETURNED;
		jdbc.update("update outlet_product set status = ?, return_note = ?, version = version + 1 where id = ?",
				next.name(), approve ? null : cleanNote, productId);
		event(productId, next, null, cleanNote, actor);
	}

	private static void requireStaff(PortalUser actor, Role role) {
		boolean allowed = role == Role.MENTOR ? actor.role() == Role.MENTOR
				: actor.role() == Role.OFFICER || actor.role() == Role.ADMIN;
		if (!allowed) {
			throw new NotFoundException();
		}
	}

	/** A product with its history, if this person may see it. */
	@Transactional(readOnly = true)
	public ProductView get(PortalUser viewer, long productId) {
		return view(viewer, productId, false);
	}

	/** The photo, for whoever may see the product. */
	@Transactional(readOnly = true)
	public Photo photo(PortalUser viewer, long productId) {
		view(viewer, productId, false);
		return jdbc.query("select content_type, bytes from outlet_product_photo where product_id = ?",
				(rs, n) -> new Photo(PhotoType.ofContentType(rs.getString(1)).orElseThrow(), rs.getBytes(2)), productId)
			.stream()
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	/** The participant's own products, newest first (a participant has a handful; the list stops at 100). */
	@Transactional(readOnly = true)
	public List<ProductSummary> mine(long participantId) {
		return jdbc.query(SUMMARY_COLUMNS + " where pr.participant_id = ? order by pr.id desc limit 100",
				(rs, n) -> summary(rs), participantId);
	}

	/** Products waiting at this step, in the user's area, oldest first: one query per slice. */
	@Transactional(readOnly = true)
	public Slice<ProductSummary> queue(PortalUser user, CurationStatus status, Pageable page) {
		List<Object> args = new ArrayList<>();
		args.add(status.name());
		String area = "";
		if (user.role() == Role.MENTOR) {
			String[] codes = user.areaCodes().toArray(String[]::new);
			area = " " + MENTOR_SHARE;
			args.addAll(List.of(codes, codes, user.accountId(), user.accountId()));
		}
		else if (user.role() != Role.ADMIN) {
			String[] codes = user.areaCodes().toArray(String[]::new);
			area = " and (p.city_code = any (?) or p.district_code = any (?))";
			args.add(codes);
			args.add(codes);
		}
		args.add(page.getPageSize() + 1);
		args.add(page.getOffset());
		List<ProductSummary> rows = jdbc.query(SUMMARY_COLUMNS + " where pr.status = ?" + area
				+ " order by pr.submitted_at, pr.id limit ? offset ?", (rs, n) -> summary(rs), args.toArray());
		boolean hasNext = rows.size() > page.getPageSize();
		return new SliceImpl<>(hasNext ? rows.subList(0, page.getPageSize()) : rows, page, hasNext);
	}

	private ProductView view(PortalUser viewer, long productId, boolean lock) {
		if (lock) {
			jdbc.queryForList("select id from outlet_product where id = ? for update", Long.class, productId);
		}
		record Loaded(ProductView view, Long accountId, Long mentorAccountId) {
		}
		Loaded loaded = jdbc.query(PRODUCT_COLUMNS + " where pr.id = ?", (rs, n) -> new Loaded(product(rs, List.of()),
				rs.getObject(18, Long.class), rs.getObject(19, Long.class)), productId)
			.stream()
			.findFirst()
			.orElseThrow(NotFoundException::new);
		if (!maySee(viewer, loaded.accountId(), loaded.view().villageCode(), loaded.mentorAccountId())) {
			throw new NotFoundException();
		}
		List<CurationEvent> history = jdbc.query("""
				select e.action, e.grade, e.note, a.full_name, e.at from outlet_curation_event e
				join account a on a.id = e.actor_id where e.product_id = ? order by e.at, e.id limit 200
				""", (rs, n) -> new CurationEvent(CurationStatus.valueOf(rs.getString(1)), grade(rs.getString(2)),
				rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()), productId);
		ProductView v = loaded.view();
		return new ProductView(v.id(), v.participantId(), v.participantName(), v.villageCode(), v.draft(), v.status(),
				v.returnNote(), v.grade(), v.gradeNotes(), v.gradedAt(), v.submittedAt(), v.recurationFrom(), history);
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
			case PARTNER -> false;
		};
	}

	private ProductView product(ResultSet rs, List<CurationEvent> history) throws SQLException {
		ProductDraft draft = new ProductDraft(rs.getString(5), Sector.valueOf(rs.getString(6)), rs.getLong(7),
				rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
		Grade grade = grade(rs.getString(14));
		Instant gradedAt = rs.getTimestamp(16) == null ? null : rs.getTimestamp(16).toInstant();
		LocalDate recuration = grade != null && grade.mayBeRecurated()
				? gradedAt.atZone(clock.getZone()).toLocalDate().plusDays(settings.recurationDays()) : null;
		return new ProductView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), draft,
				CurationStatus.valueOf(rs.getString(12)), rs.getString(13), grade, rs.getString(15), gradedAt,
				rs.getTimestamp(17).toInstant(), recuration, history);
	}

	private static ProductSummary summary(ResultSet rs) throws SQLException {
		return new ProductSummary(rs.getLong(1), rs.getString(2), Sector.valueOf(rs.getString(3)), rs.getString(4),
				rs.getString(5), CurationStatus.valueOf(rs.getString(6)), grade(rs.getString(7)),
				rs.getTimestamp(8).toInstant());
	}

	public static Grade grade(String value) {
		return value == null ? null : Grade.valueOf(value.strip());
	}

	private void event(long productId, CurationStatus action, Grade grade, String note, PortalUser actor) {
		jdbc.update("insert into outlet_curation_event (product_id, action, grade, note, actor_id) values (?, ?, ?, ?, ?)",
				productId, action.name(), grade == null ? null : grade.name(), note, actor.accountId());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}

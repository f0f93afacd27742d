package id.jakpreneur.portal.outlet.domain;

import java.time.Clock;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.outlet.query.ProductQueries;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Product curation, the real workflow: the participant submits a product with a photo, her mentor verifies it, an
 * officer of the area validates it, and a curator (an officer) grades it A, B or C with notes. Each step may instead
 * return the product with a note; the participant corrects and submits again. A B or C product may be submitted
 * again {@code jakpreneur.outlet.recuration-days} after its grading; its grade stays valid until the new one.
 * Whoever may not see a product gets "not found" ({@link ProductQueries} decides who sees what); the
 * {@link Product} decides which step may follow which.
 */
@Service
@Transactional
public class ProductCuration {

	private final ProductRepository products;

	private final ProductQueries queries;

	private final JdbcClient jdbc;

	private final ParticipantRecords participants;

	private final OutletSettings settings;

	private final OutletNotices notices;

	private final Clock clock;

	ProductCuration(ProductRepository products, ProductQueries queries, JdbcClient jdbc, ParticipantRecords participants,
			OutletSettings settings, OutletNotices notices, Clock clock) {
		this.products = products;
		this.queries = queries;
		this.jdbc = jdbc;
		this.participants = participants;
		this.settings = settings;
		this.notices = notices;
		this.clock = clock;
	}

	/**
	 * The participant submits a new product with its photo; returns its id.
	 * @throws OutletRefusedException when the photo is missing, too large or not a JPEG or PNG image that decodes
	 */
	public long submit(PortalUser user, ProductDraft draft, byte[] upload) {
		ParticipantView me = participants.ofAccount(user.accountId()).orElseThrow(NotFoundException::new);
		PhotoUpload photo = PhotoUpload.clean(upload);
		long id = products.saveAndFlush(new Product(me.id(), draft, clock.instant())).getId();
		jdbc.sql("""
				insert into outlet_product_photo (product_id, content_type, size_bytes, bytes)
				values (:productId, :contentType, :size, :bytes)
				""").param("productId", id).param("contentType", photo.type().contentType())
			.param("size", photo.bytes().length)
			.param("bytes", photo.bytes())
			.update();
		event(id, CurationStatus.SUBMITTED, null, null, user);
		return id;
	}

	/**
	 * The participant corrects a returned product, or asks to curate a B or C product again once due. Without a
	 * new photo the old one stays.
	 */
	public void resubmit(PortalUser user, long productId, ProductDraft draft, byte[] upload) {
		Product product = load(user, productId);
		product.resubmit(draft, user.role() == Role.ENTREPRENEUR, clock.instant(), settings.recurationDays());
		PhotoUpload photo = upload == null || upload.length == 0 ? null : PhotoUpload.clean(upload);
		if (photo != null) {
			jdbc.sql("""
					update outlet_product_photo set content_type = :contentType, size_bytes = :size, bytes = :bytes
					where product_id = :productId
					""").param("productId", productId).param("contentType", photo.type().contentType())
				.param("size", photo.bytes().length)
				.param("bytes", photo.bytes())
				.update();
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
		Product product = load(curator, productId);
		requireStaff(curator, Role.OFFICER);
		product.grade(grade, notes.strip(), clock.instant());
		products.flush();
		event(productId, CurationStatus.GRADED, grade, notes.strip(), curator);
		notices.graded(productId);
	}

	private void decide(PortalUser actor, Role role, long productId, CurationStatus from, CurationStatus to,
			boolean approve, String note) {
		Product product = load(actor, productId);
		requireStaff(actor, role);
		String cleanNote = Product.blankToNull(note);
		CurationStatus next = product.decide(from, to, approve, cleanNote);
		event(productId, next, null, cleanNote, actor);
	}

	/** The product locked until the transaction ends, if this person may see it. */
	private Product load(PortalUser actor, long productId) {
		Product product = products.findForUpdate(productId).orElseThrow(NotFoundException::new);
		queries.get(actor, productId);
		return product;
	}

	private static void requireStaff(PortalUser actor, Role role) {
		boolean allowed = role == Role.MENTOR ? actor.role() == Role.MENTOR
				: actor.role() == Role.OFFICER || actor.role() == Role.ADMIN;
		if (!allowed) {
			throw new NotFoundException();
		}
	}

	private void event(long productId, CurationStatus action, Grade grade, String note, PortalUser actor) {
		jdbc.sql("""
				insert into outlet_curation_event (product_id, action, grade, note, actor_id)
				values (:productId, :action, :grade, :note, :actor)
				""")
			.param("productId", productId)
			.param("action", action.name())
			.param("grade", grade == null ? null : grade.name())
			.param("note", note)
			.param("actor", actor.accountId())
			.update();
	}

}

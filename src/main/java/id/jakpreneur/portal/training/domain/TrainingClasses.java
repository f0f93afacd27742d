package id.jakpreneur.portal.training.domain;

import java.util.ArrayList;
import java.util.List;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.training.query.ClassDetails;
import id.jakpreneur.portal.training.query.ClassQueries;
import id.jakpreneur.portal.training.query.ClassSummary;
import id.jakpreneur.portal.training.query.EnrolmentView;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers run the classes of their area: a class meeting in a kecamatan belongs to that kecamatan, an online class
 * to its organising kota. Classes outside the officer's area answer "not found".
 */
@Service
@Transactional
public class TrainingClasses {

	private static final String ENROLMENTS = """
			select e.id, e.participant_id, p.full_name, e.status, e.created_at,
			       (select count(*) from training_attendance a join training_session s on s.id = a.session_id
			        where s.class_id = e.class_id and a.participant_id = e.participant_id and a.present),
			       cert.certificate_number
			from training_enrolment e join participant p on p.id = e.participant_id
			left join training_certificate cert on cert.class_id = e.class_id and cert.participant_id = e.participant_id
			where e.class_id = ? and e.status = ?
			""";

	/** Lists on a class page are bounded: a class seats at most 1000, and the waiting list shows its head. */
	private static final int LIST_LIMIT = 1000;

	private final TrainingClassRepository classes;

	private final TrainingSessionRepository sessions;

	private final ClassQueries queries;

	private final JdbcTemplate jdbc;

	TrainingClasses(TrainingClassRepository classes, TrainingSessionRepository sessions, ClassQueries queries,
			JdbcTemplate jdbc) {
		this.classes = classes;
		this.sessions = sessions;
		this.queries = queries;
		this.jdbc = jdbc;
	}

	public long create(PortalUser officer, ClassDraft draft) {
		if (!officer.covers(draft.districtCode() != null ? draft.districtCode() : draft.cityCode())) {
			throw new AccessDeniedException("class outside the officer's area");
		}
		return classes.saveAndFlush(new TrainingClass(draft, officer.accountId())).getId();
	}

	/** @throws SessionTakenException when the class already meets on that day at that time */
	public long addSession(PortalUser officer, long classId, SessionDraft draft) {
		load(officer, classId, false);
		try {
			return sessions.saveAndFlush(new TrainingSession(classId, draft)).getId();
		}
		catch (DataIntegrityViolationException ex) {
			if (String.valueOf(ex.getMessage()).contains("training_session_uq")) {
				throw new SessionTakenException();
			}
			throw ex;
		}
	}

	/** The classes of the officer's area (all for an administrator), the newest first. */
	@Transactional(readOnly = true)
	public Page<ClassSummary> forOfficer(PortalUser officer, Pageable page) {
		String where = " where true";
		List<Object> args = new ArrayList<>();
		if (officer.role() != Role.ADMIN) {
			where = " where (c.city_code = any (?) or c.district_code = any (?))";
			String[] area = officer.areaCodes().toArray(String[]::new);
			args.add(area);
			args.add(area);
		}
		Long total = jdbc.queryForObject("select count(*) from training_class c" + where, Long.class, args.toArray());
		args.add(page.getPageSize());
		args.add(page.getOffset());
		List<ClassSummary> rows = jdbc.query(
				ClassQueries.COLUMNS + ClassQueries.FROM + where
						+ " order by s.first_day desc nulls first, c.id desc limit ? offset ?",
				(rs, n) -> ClassQueries.summary(rs), args.toArray());
		return new PageImpl<>(rows, page, total == null ? 0 : total);
	}

	@Transactional(readOnly = true)
	public ClassDetails get(PortalUser officer, long classId) {
		ClassSummary summary = load(officer, classId, false);
		return new ClassDetails(summary, queries.sessionsOf(List.of(classId)).get(classId),
				enrolments(classId, EnrolmentStatus.ENROLLED, "lower(p.full_name), e.id"),
				enrolments(classId, EnrolmentStatus.WAITING, "e.created_at, e.id"));
	}

	private List<EnrolmentView> enrolments(long classId, EnrolmentStatus status, String order) {
		return jdbc.query(ENROLMENTS + " order by " + order + " limit " + LIST_LIMIT,
				(rs, n) -> new EnrolmentView(rs.getLong(1), rs.getLong(2), rs.getString(3),
						EnrolmentStatus.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(), rs.getInt(6),
						rs.getString(7)),
				classId, status.name());
	}

	/** The class if it lies in the officer's area, optionally locked for a seat change. */
	ClassSummary load(PortalUser officer, long classId, boolean lock) {
		ClassSummary summary = queries.find(classId, lock);
		if (summary == null || !officer.covers(summary.online() ? summary.cityCode() : summary.districtCode())) {
			throw new NotFoundException();
		}
		return summary;
	}

}

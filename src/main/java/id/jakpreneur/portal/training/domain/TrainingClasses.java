package id.jakpreneur.portal.training.domain;

import java.time.Clock;
import java.util.List;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.training.query.ClassDetails;
import id.jakpreneur.portal.training.query.ClassQueries;
import id.jakpreneur.portal.training.query.ClassSummary;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

	private final TrainingClassRepository classes;

	private final TrainingSessionRepository sessions;

	private final ClassQueries queries;

	private final Clock clock;

	TrainingClasses(TrainingClassRepository classes, TrainingSessionRepository sessions, ClassQueries queries,
			Clock clock) {
		this.classes = classes;
		this.sessions = sessions;
		this.queries = queries;
		this.clock = clock;
	}

	public long create(PortalUser officer, ClassDraft draft) {
		if (!officer.covers(draft.districtCode() != null ? draft.districtCode() : draft.cityCode())) {
			throw new AccessDeniedException("class outside the officer's area");
		}
		return classes.saveAndFlush(new TrainingClass(draft, officer.accountId(), clock.instant())).getId();
	}

	/**
	 * @throws SessionTakenException when the class already meets on that day at that time
	 * @throws TrainingRefusedException when the session would end after a certificate the class has issued (a
	 *         certificate is dated at the class's end; a trigger refuses the same)
	 */
	public long addSession(PortalUser officer, long classId, SessionDraft draft) {
		load(officer, classId, false);
		if (queries.certifiedUntil(classId).filter(issued -> issued.isBefore(ClassCalendar.at(draft.date(), draft.end())))
			.isPresent()) {
			throw new TrainingRefusedException("programme.session.afterCertificates");
		}
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
		return queries.forOfficer(officer, page);
	}

	@Transactional(readOnly = true)
	public ClassDetails get(PortalUser officer, long classId) {
		ClassSummary summary = load(officer, classId, false);
		return new ClassDetails(summary, queries.sessionsOf(List.of(classId)).get(classId),
				queries.enrolments(classId, EnrolmentStatus.ENROLLED, "lower(p.full_name), e.id"),
				queries.enrolments(classId, EnrolmentStatus.WAITING, "e.created_at, e.id"));
	}

	/** The class if it lies in the officer's area, optionally locked for a seat change. */
	ClassSummary load(PortalUser officer, long classId, boolean lock) {
		if (lock && classes.findLockedById(classId).isEmpty()) {
			throw new NotFoundException();
		}
		ClassSummary summary = queries.find(classId);
		if (summary == null || !officer.covers(summary.online() ? summary.cityCode() : summary.districtCode())) {
			throw new NotFoundException();
		}
		return summary;
	}

}

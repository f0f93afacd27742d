package id.jakpreneur.portal.training.domain;

import java.time.LocalDate;

import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.Notifications;
import id.jakpreneur.portal.shared.NoticeDates;
import id.jakpreneur.portal.training.CertificateWithdrawn;
import id.jakpreneur.portal.training.TrainingCertified;
import id.jakpreneur.portal.training.query.ClassSummary;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells participants, in the transaction that made the change, that they have a seat in a class (given by an
 * officer, or theirs when a seat freed up for the waiting list) and that they earned a certificate. Each seat and
 * each certificate is noticed once (its dedupe key); a participant without an account is not told.
 */
@Component
class TrainingNotices {

	private final Notifications notifications;

	private final ParticipantRecords participants;

	private final JdbcClient jdbc;

	TrainingNotices(Notifications notifications, ParticipantRecords participants, JdbcClient jdbc) {
		this.notifications = notifications;
		this.participants = participants;
		this.jdbc = jdbc;
	}

	/** The participant has a seat in this class: the class and its first day. */
	void placeGiven(ClassSummary summary, long enrolmentId, long participantId) {
		LocalDate firstDay = summary.firstDay();
		participants.accountOf(participantId)
			.ifPresent(account -> notifications.send(account, NoticeKind.CLASS_PLACE_GIVEN, "/me/classes",
					"class-place:" + enrolmentId, summary.title(),
					firstDay == null ? "-" : NoticeDates.day(firstDay)));
	}

	@EventListener
	void on(TrainingCertified certified) {
		jdbc.sql("""
				select c.title, p.account_id from training_class c, participant_directory p
				where c.id = :classId and p.id = :participantId and p.account_id is not null
				""")
			.param("classId", certified.classId())
			.param("participantId", certified.participantId())
			.query(rs -> {
				notifications.send(rs.getLong("account_id"), NoticeKind.CERTIFICATE_ISSUED,
						"/me/classes/" + certified.classId() + "/certificate",
						"certificate:" + certified.classId() + ":" + certified.participantId(), rs.getString("title"),
						certified.certificateNumber());
			});
	}

	/** The certificate was withdrawn: the participant reads the officer's reason on her classes page. */
	@EventListener
	void on(CertificateWithdrawn withdrawn) {
		jdbc.sql("""
				select c.title, p.account_id from training_class c, participant_directory p
				where c.id = :classId and p.id = :participantId and p.account_id is not null
				""")
			.param("classId", withdrawn.classId())
			.param("participantId", withdrawn.participantId())
			.query(rs -> {
				notifications.send(rs.getLong("account_id"), NoticeKind.CERTIFICATE_WITHDRAWN, "/me/classes", null,
						rs.getString("title"), withdrawn.reason());
			});
	}

}

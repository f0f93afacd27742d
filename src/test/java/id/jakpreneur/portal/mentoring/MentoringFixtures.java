package id.jakpreneur.portal.mentoring;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.assessment.FreshParticipants.Fresh;
import id.jakpreneur.portal.assessment.FreshParticipants;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.mentoring.domain.MentorDetails;
import id.jakpreneur.portal.mentoring.domain.MentorKind;
import id.jakpreneur.portal.mentoring.domain.MentorLanguage;
import id.jakpreneur.portal.mentoring.domain.MentorManagement;
import id.jakpreneur.portal.mentoring.query.QueuePosition;
import id.jakpreneur.portal.support.Activated;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fresh mentors and waiting participants for each test, so that tests sharing the database never depend on each
 * other. They live in Jakarta Pusat (the demo officer's area) but away from Gambir and Menteng, the demo mentor's
 * kecamatan, so that the demo mentor's suggestions stay as the real-browser test expects them.
 */
final class MentoringFixtures {

	/** Kemayoran, Jakarta Pusat. */
	static final String KEMAYORAN = "31.71.03.1001";

	static final String KEMAYORAN_DISTRICT = "31.71.03";

	/** Senen, Jakarta Pusat: the same kota as Kemayoran. */
	static final String SENEN_DISTRICT = "31.71.04";

	/** Tebet, Jakarta Selatan: outside the demo officer's area. */
	static final String TEBET = "31.74.01.1001";

	static final String TEBET_DISTRICT = "31.74.01";

	static final String PASSWORD = "rahasia-uji-123";

	private MentoringFixtures() {
	}

	/** A participant who answered the questionnaire, so P3 is needed and they wait for a mentor. */
	static Fresh waiting(Registration registration, AccountManagement accounts, Assessing assessing, String village) {
		Fresh fresh = FreshParticipants.register(registration, accounts, village, FreshParticipants.kuliner());
		assessing.selfAssess(fresh.user(), FreshParticipants.answers(Map.of()));
		return fresh;
	}

	/**
	 * The queue position just before a waiting participant (same track and waiting time, the id before theirs): a
	 * queue page read from there starts with them if they are in the reader's queue, however many others of the
	 * suite's shared database wait before them.
	 */
	static String justBefore(JdbcTemplate jdbc, long participantId) {
		Map<String, Object> row = jdbc.queryForMap(
				"select track, waiting_since from assessment_current where participant_id = ?", participantId);
		return new QueuePosition(Track.valueOf((String) row.get("track")),
				((java.sql.Timestamp) row.get("waiting_since")).toInstant(), participantId - 1).token();
	}

	/** A mentor created by the given officer, with their MENTOR login. */
	static Created mentor(MentorManagement mentors, AccountActivation activations, AccountManagement accounts,
			PortalUser officer, String name, Set<Track> tracks, Set<String> districts, int capacity) {
		String email = "m-" + UUID.randomUUID() + "@test.local";
		MentorManagement.MentorCreated created = mentors.create(officer, new MentorDetails(name, "+6281311112222",
				MentorKind.EXPERT, null, null, tracks, districts, EnumSet.of(MentorLanguage.INDONESIAN), capacity, false),
				email);
		Activated.withPassword(activations, created.slip(), PASSWORD);
		return new Created(created.mentorId(), (PortalUser) accounts.loadUserByUsername(email));
	}

	/** A mentor profile and its login. */
	record Created(long id, PortalUser login) {
	}

}

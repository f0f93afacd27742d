package id.jakpreneur.portal.mentoring.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.ActivationSlip;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.AssessmentReference;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.mentoring.query.MentorProfile;
import id.jakpreneur.portal.mentoring.query.MentorQueries;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentor profiles: officers create them (with the MENTOR login, in one transaction) and change them for the mentors
 * of their area (mentors who cover at least one of its kecamatan; administrators: all); a mentor pauses themself and
 * sets their own capacity within the officer's limit. Kecamatan outside an officer's area stay as they were when
 * that officer edits a mentor who also works elsewhere.
 */
@Service
@Transactional
public class MentorManagement {

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final AccountActivation activations;

	private final AssessmentReference reference;

	private final Areas areas;

	private final MentorRepository mentors;

	private final MentorQueries queries;

	private final Clock clock;

	MentorManagement(JdbcClient jdbc, AccountManagement accounts, AccountActivation activations,
			AssessmentReference reference, Areas areas, MentorRepository mentors, MentorQueries queries, Clock clock) {
		this.jdbc = jdbc;
		this.activations = activations;
		this.queries = queries;
		this.mentors = mentors;
		this.clock = clock;
		this.accounts = accounts;
		this.reference = reference;
		this.areas = areas;
	}

	/**
	 * Creates the mentor's login and profile together; the capacity starts at the officer's limit. Nobody chooses the
	 * mentor's password: they do, with the activation code on the returned slip (or the link sent to them).
	 * @throws id.jakpreneur.portal.account.EmailTakenException when the email is already a login
	 * @throws MentoringException when a kecamatan lies outside the officer's area or an agency is unknown
	 */
	public MentorCreated create(PortalUser officer, MentorDetails details, String email) {
		requireStaff(officer);
		check(details);
		Set<String> allowed = areas.districtsOf(officer);
		if (!allowed.containsAll(details.districtCodes())) {
			throw new MentoringException("mentoring.mentor.districtOutside");
		}
		ActivationSlip slip = activations.openForSomeoneElse(new NewAccount(email, details.fullName(), Role.MENTOR,
				null, details.districtCodes(), false), officer);
		long id = mentors.save(new Mentor(slip.accountId(), details, officer.accountId(), Instant.now(clock))).getId();
		writeTracksAndDistricts(id, details.tracks(), details.districtCodes());
		return new MentorCreated(id, slip);
	}

	/** A new mentor and the slip of their login's activation code, shown once to the officer who created them. */
	public record MentorCreated(long mentorId, ActivationSlip slip) {
	}

	/**
	 * Changes a mentor of the officer's area. A lower limit lowers the mentor's own capacity with it, but never below
	 * their current mentees.
	 * @throws MentoringException when the limit is below the current mentees, or no kecamatan would remain
	 */
	public void update(PortalUser officer, long mentorId, MentorDetails details) {
		requireStaff(officer);
		check(details);
		Mentor mentor = mentors.lockById(mentorId).orElseThrow(NotFoundException::new);
		MentorProfile current = queries.get(officer, mentorId);
		Set<String> allowed = areas.districtsOf(officer);
		Set<String> districts = new TreeSet<>();
		details.districtCodes().stream().filter(allowed::contains).forEach(districts::add);
		current.districtCodes().stream().filter(d -> !allowed.contains(d)).forEach(districts::add);
		if (districts.isEmpty()) {
			throw new MentoringException("mentoring.mentor.districtRequired");
		}
		mentor.change(details, Instant.now(clock));
		mentors.flush();
		jdbc.sql("delete from mentor_track where mentor_id = :id").param("id", mentorId).update();
		jdbc.sql("delete from mentor_district where mentor_id = :id").param("id", mentorId).update();
		writeTracksAndDistricts(mentorId, details.tracks(), districts);
		accounts.changeArea(current.accountId(), districts);
	}

	/**
	 * The mentor pauses or resumes themself and sets their capacity, from their current mentees up to the officer's
	 * limit. The mentor's row is locked while this runs, so an assignment at the same moment waits and then sees it.
	 * @throws MentoringException when the capacity is above the limit or below the current mentees
	 */
	public void updateOwn(PortalUser mentor, int capacity, boolean paused) {
		MentorProfile profile = queries.own(mentor).orElseThrow(NotFoundException::new);
		Mentor locked = mentors.lockById(profile.id()).orElseThrow(NotFoundException::new);
		locked.changeOwn(capacity, paused, Instant.now(clock));
		try {
			mentors.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new MentoringException("mentoring.profile.belowLoad");
		}
	}

	private void check(MentorDetails details) {
		if (details.kind() == MentorKind.PJLP && reference.agency(details.agencyCode()).isEmpty()) {
			throw new MentoringException("mentoring.mentor.agencyRequired");
		}
		if (!details.districtCodes().stream().allMatch(areas::isDistrict)) {
			throw new MentoringException("mentoring.mentor.districtOutside");
		}
	}

	private void writeTracksAndDistricts(long mentorId, Set<Track> tracks, Set<String> districts) {
		jdbc.sql("insert into mentor_track (mentor_id, track) select :id, unnest(cast(:tracks as text[]))")
			.param("id", mentorId)
			.param("tracks", names(tracks))
			.update();
		jdbc.sql("insert into mentor_district (mentor_id, district_code) select :id, unnest(cast(:districts as text[]))")
			.param("id", mentorId)
			.param("districts", districts.toArray(String[]::new))
			.update();
	}

	private static void requireStaff(PortalUser user) {
		if (user.role() != Role.OFFICER && user.role() != Role.ADMIN) {
			throw new NotFoundException();
		}
	}

	public static String[] names(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().toArray(String[]::new);
	}


}

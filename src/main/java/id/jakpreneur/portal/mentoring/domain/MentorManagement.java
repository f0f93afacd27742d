package id.jakpreneur.portal.mentoring.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.AssessmentReference;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import id.jakpreneur.portal.mentoring.query.MentorProfile;
import id.jakpreneur.portal.mentoring.query.MentorSummary;
import id.jakpreneur.portal.mentoring.query.Rows;

/**
 * Mentor profiles: officers create them (with the MENTOR login, in one transaction) and change them for the mentors
 * of their area (mentors who cover at least one of its kecamatan; administrators: all); a mentor pauses themself and
 * sets their own capacity within the officer's limit. Kecamatan outside an officer's area stay as they were when
 * that officer edits a mentor who also works elsewhere.
 */
@Service
@Transactional
public class MentorManagement {

	static final String PROFILE_COLUMNS = """
			m.id, m.account_id, a.email, m.full_name, m.phone, m.kind, m.agency_code, m.organisation,
			array(select t.track from mentor_track t where t.mentor_id = m.id order by t.track)::text[] as tracks,
			array(select d.district_code from mentor_district d where d.mentor_id = m.id
			      order by d.district_code)::text[] as districts,
			m.languages, m.capacity_limit, m.capacity, m.active_mentees, m.paused""";

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final AssessmentReference reference;

	private final Areas areas;

	private final MentorRepository mentors;

	private final Clock clock;

	MentorManagement(JdbcClient jdbc, AccountManagement accounts, AssessmentReference reference, Areas areas,
			MentorRepository mentors, Clock clock) {
		this.jdbc = jdbc;
		this.mentors = mentors;
		this.clock = clock;
		this.accounts = accounts;
		this.reference = reference;
		this.areas = areas;
	}

	/**
	 * Creates the mentor's login and profile together; the capacity starts at the officer's limit.
	 * @throws id.jakpreneur.portal.account.EmailTakenException when the email is already a login
	 * @throws MentoringException when a kecamatan lies outside the officer's area or an agency is unknown
	 */
	public long create(PortalUser officer, MentorDetails details, String email, String password) {
		requireStaff(officer);
		check(details);
		Set<String> allowed = areas.districtsOf(officer);
		if (!allowed.containsAll(details.districtCodes())) {
			throw new MentoringException("mentoring.mentor.districtOutside");
		}
		long accountId = accounts.open(new NewAccount(email, details.fullName(), Role.MENTOR, password,
				details.districtCodes()));
		long id = mentors.save(new Mentor(accountId, details, officer.accountId(), Instant.now(clock))).getId();
		writeTracksAndDistricts(id, details.tracks(), details.districtCodes());
		return id;
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
		MentorProfile current = find(mentorId).filter(m -> visible(officer, m)).orElseThrow(NotFoundException::new);
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

	/** A mentor of the officer's area; others answer "not found". */
	@Transactional(readOnly = true)
	public MentorProfile get(PortalUser officer, long mentorId) {
		requireStaff(officer);
		return find(mentorId).filter(m -> visible(officer, m)).orElseThrow(NotFoundException::new);
	}

	/** The mentors of the officer's area, by name, in slices (previous / next): one query per page. */
	@Transactional(readOnly = true)
	public Slice<MentorSummary> list(PortalUser officer, Pageable page) {
		requireStaff(officer);
		List<MentorSummary> rows = jdbc.sql("""
				select m.id, m.full_name, m.kind, m.organisation,
				       array(select d.district_code from mentor_district d where d.mentor_id = m.id
				             order by d.district_code)::text[] as districts,
				       m.active_mentees, m.capacity, m.paused
				from mentor m
				where exists (select 1 from mentor_district d where d.mentor_id = m.id
				              and d.district_code = any (:districts))
				order by lower(m.full_name), m.id limit :limit offset :offset
				""")
			.param("districts", areas.districtsOf(officer).toArray(String[]::new))
			.param("limit", page.getPageSize() + 1)
			.param("offset", page.getOffset())
			.query((rs, n) -> new MentorSummary(rs.getLong("id"), rs.getString("full_name"),
					MentorKind.valueOf(rs.getString("kind")), rs.getString("organisation"),
					Arrays.asList(Rows.strings(rs, "districts")), rs.getInt("active_mentees"), rs.getInt("capacity"),
					rs.getBoolean("paused")))
			.list();
		boolean more = rows.size() > page.getPageSize();
		return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
	}

	/** The profile of the logged-in mentor, if an officer created one. */
	@Transactional(readOnly = true)
	public Optional<MentorProfile> own(PortalUser mentor) {
		if (mentor.role() != Role.MENTOR) {
			return Optional.empty();
		}
		return jdbc.sql("select " + PROFILE_COLUMNS + " from mentor m join account_contact a on a.id = m.account_id "
				+ "where m.account_id = :accountId")
			.param("accountId", mentor.accountId())
			.query(MentorManagement::profile)
			.optional();
	}

	/**
	 * The mentor pauses or resumes themself and sets their capacity, from their current mentees up to the officer's
	 * limit. The mentor's row is locked while this runs, so an assignment at the same moment waits and then sees it.
	 * @throws MentoringException when the capacity is above the limit or below the current mentees
	 */
	public void updateOwn(PortalUser mentor, int capacity, boolean paused) {
		MentorProfile profile = own(mentor).orElseThrow(NotFoundException::new);
		Mentor locked = mentors.lockById(profile.id()).orElseThrow(NotFoundException::new);
		locked.changeOwn(capacity, paused, Instant.now(clock));
		try {
			mentors.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new MentoringException("mentoring.profile.belowLoad");
		}
	}

	private Optional<MentorProfile> find(long mentorId) {
		return jdbc.sql("select " + PROFILE_COLUMNS + " from mentor m join account_contact a on a.id = m.account_id "
				+ "where m.id = :id")
			.param("id", mentorId)
			.query(MentorManagement::profile)
			.optional();
	}

	private boolean visible(PortalUser officer, MentorProfile mentor) {
		Set<String> allowed = areas.districtsOf(officer);
		return mentor.districtCodes().stream().anyMatch(allowed::contains);
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

	static MentorProfile profile(ResultSet rs, int n) throws SQLException {
		return new MentorProfile(rs.getLong("id"), rs.getLong("account_id"), rs.getString("email"),
				rs.getString("full_name"), rs.getString("phone"), MentorKind.valueOf(rs.getString("kind")),
				rs.getString("agency_code"), rs.getString("organisation"), Rows.enums(rs, "tracks", Track.class),
				new TreeSet<>(Arrays.asList(Rows.strings(rs, "districts"))),
				Rows.enums(rs, "languages", MentorLanguage.class), rs.getInt("capacity_limit"), rs.getInt("capacity"),
				rs.getInt("active_mentees"), rs.getBoolean("paused"));
	}

}

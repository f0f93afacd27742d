package id.jakpreneur.portal.mentoring.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.mentoring.domain.Areas;
import id.jakpreneur.portal.mentoring.domain.MentorKind;
import id.jakpreneur.portal.mentoring.domain.MentorLanguage;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentor profiles as officers and mentors read them: the mentors of an officer's area (mentors who cover at least
 * one of its kecamatan; administrators: all), one mentor, and the logged-in mentor's own profile.
 */
@Service
@Transactional(readOnly = true)
public class MentorQueries {

	private static final String PROFILE_COLUMNS = """
			m.id, m.account_id, a.email, m.full_name, m.phone, m.kind, m.agency_code, m.organisation,
			array(select t.track from mentor_track t where t.mentor_id = m.id order by t.track)::text[] as tracks,
			array(select d.district_code from mentor_district d where d.mentor_id = m.id
			      order by d.district_code)::text[] as districts,
			m.languages, m.capacity_limit, m.capacity, m.active_mentees, m.paused""";

	private final JdbcClient jdbc;

	private final Areas areas;

	MentorQueries(JdbcClient jdbc, Areas areas) {
		this.jdbc = jdbc;
		this.areas = areas;
	}

	/** A mentor of the officer's area; others answer "not found". */
	public MentorProfile get(PortalUser officer, long mentorId) {
		requireStaff(officer);
		return find(mentorId).filter(m -> visible(officer, m)).orElseThrow(NotFoundException::new);
	}

	/** The mentors of the officer's area, by name, in slices (previous / next): one query per page. */
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
	public Optional<MentorProfile> own(PortalUser mentor) {
		if (mentor.role() != Role.MENTOR) {
			return Optional.empty();
		}
		return jdbc.sql("select " + PROFILE_COLUMNS + " from mentor m join account_directory a on a.id = m.account_id "
				+ "where m.account_id = :accountId")
			.param("accountId", mentor.accountId())
			.query(MentorQueries::profile)
			.optional();
	}

	private Optional<MentorProfile> find(long mentorId) {
		return jdbc.sql("select " + PROFILE_COLUMNS + " from mentor m join account_directory a on a.id = m.account_id "
				+ "where m.id = :id")
			.param("id", mentorId)
			.query(MentorQueries::profile)
			.optional();
	}

	private boolean visible(PortalUser officer, MentorProfile mentor) {
		Set<String> allowed = areas.districtsOf(officer);
		return mentor.districtCodes().stream().anyMatch(allowed::contains);
	}

	private static void requireStaff(PortalUser user) {
		if (user.role() != Role.OFFICER && user.role() != Role.ADMIN) {
			throw new NotFoundException();
		}
	}

	private static MentorProfile profile(ResultSet rs, int n) throws SQLException {
		return new MentorProfile(rs.getLong("id"), rs.getLong("account_id"), rs.getString("email"),
				rs.getString("full_name"), rs.getString("phone"), MentorKind.valueOf(rs.getString("kind")),
				rs.getString("agency_code"), rs.getString("organisation"), Rows.enums(rs, "tracks", Track.class),
				new TreeSet<>(Arrays.asList(Rows.strings(rs, "districts"))),
				Rows.enums(rs, "languages", MentorLanguage.class), rs.getInt("capacity_limit"), rs.getInt("capacity"),
				rs.getInt("active_mentees"), rs.getBoolean("paused"));
	}

}

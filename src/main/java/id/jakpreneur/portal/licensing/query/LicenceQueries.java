package id.jakpreneur.portal.licensing.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.licensing.LicenceLine;
import id.jakpreneur.portal.licensing.LicenceState;
import id.jakpreneur.portal.licensing.LicenceStatus;
import id.jakpreneur.portal.licensing.ParticipantLicences;
import id.jakpreneur.portal.licensing.domain.LicenceRoute;
import id.jakpreneur.portal.shared.TransactionMemo;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The licence register as it is read: a participant's licences along their route, and the officers' queue. */
@Component
@Transactional(readOnly = true)
public class LicenceQueries implements ParticipantLicences {

	private final JdbcClient jdbc;

	private final Clock clock;

	LicenceQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The participant's licences: the route's first, in its order, then anything else recorded; the first required
	 * licence not yet issued and verified is marked as next. One query, once per read-only transaction (an overview
	 * page asks for them from its journey panel and from the P4 gap).
	 */
	@Override
	public List<LicenceLine> of(ParticipantView participant) {
		return TransactionMemo.get(new LicencesOf(participant), () -> read(participant));
	}

	private record LicencesOf(ParticipantView participant) {
	}

	private List<LicenceLine> read(ParticipantView participant) {
		LocalDate today = LocalDate.now(clock);
		Map<LicenceType, LicenceLine> recorded = new EnumMap<>(LicenceType.class);
		jdbc.sql("""
				select l.id, l.licence_type, l.other_name, l.status, l.licence_number, l.issued_on, l.expires_on,
				       a.full_name as verified_by, l.verified_at, l.state, l.return_reason
				from licence l left join account_directory a on a.id = l.verified_by
				where l.participant_id = :participantId
				""").param("participantId", participant.id()).query(rs -> {
			LicenceType type = LicenceType.valueOf(rs.getString("licence_type"));
			LocalDate expires = rs.getObject("expires_on", LocalDate.class);
			recorded.put(type, new LicenceLine(rs.getLong("id"), type, rs.getString("other_name"), false, false, false,
					LicenceStatus.recorded(rs.getString("status"), expires, today), rs.getString("licence_number"),
					rs.getObject("issued_on", LocalDate.class), expires, rs.getString("verified_by"),
					rs.getTimestamp("verified_at") == null ? null : rs.getTimestamp("verified_at").toInstant(), null,
					LicenceState.valueOf(rs.getString("state")), rs.getString("return_reason")));
		});
		return LicenceRoute.lines(LicenceRoute.of(participant.business().sector(), participant.business().products()),
				recorded, participant.business().licences());
	}

	/**
	 * Submitted licences of the officer's area (all for an administrator), oldest first, one slice: the queue the
	 * officers work through; a returned licence leaves it until the citizen submits it again. One statement, on the
	 * partial index of submitted licences.
	 */
	public Slice<LicenceToVerify> toVerify(PortalUser officer, Pageable page) {
		String where = areaOf(officer);
		List<LicenceToVerify> rows = jdbc.sql("""
				select p.id, p.full_name, p.business_name, p.district_code, l.licence_type, l.other_name,
				       l.licence_number, l.issued_on, l.recorded_at
				from licence l join participant_directory p on p.id = l.participant_id
				where l.state = 'SUBMITTED' and p.erased_at is null""" + where
				+ " order by l.recorded_at, l.id limit :limit offset :offset")
			.param("area", officer.areaCodes().toArray(String[]::new))
			.param("limit", page.getPageSize() + 1)
			.param("offset", page.getOffset())
			.query((rs, n) -> new LicenceToVerify(rs.getLong("id"), rs.getString("full_name"),
					rs.getString("business_name"), rs.getString("district_code"),
					LicenceType.valueOf(rs.getString("licence_type")), rs.getString("other_name"),
					rs.getString("licence_number"), rs.getObject("issued_on", LocalDate.class),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
		boolean more = rows.size() > page.getPageSize();
		return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
	}

	/** How many licences {@link #toVerify} holds for this officer: one statement. */
	public long countToVerify(PortalUser officer) {
		return jdbc.sql("""
				select count(*) from licence l join participant_directory p on p.id = l.participant_id
				where l.state = 'SUBMITTED' and p.erased_at is null""" + areaOf(officer))
			.param("area", officer.areaCodes().toArray(String[]::new))
			.query(Long.class)
			.single();
	}

	private static String areaOf(PortalUser officer) {
		return officer.role() == Role.ADMIN ? "" : " and (p.city_code = any (:area) or p.district_code = any (:area))";
	}

	/** Whether P4 was completed through the register. */
	public boolean completed(long participantId) {
		return jdbc.sql("select exists (select 1 from licensing_completion where participant_id = :participantId)")
			.param("participantId", participantId)
			.query(Boolean.class)
			.single();
	}

}

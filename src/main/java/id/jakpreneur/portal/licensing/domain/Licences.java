package id.jakpreneur.portal.licensing.domain;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.licensing.LicenceLine;
import id.jakpreneur.portal.licensing.LicenceRecorded;
import id.jakpreneur.portal.licensing.LicenceStatus;
import id.jakpreneur.portal.licensing.ParticipantLicences;
import id.jakpreneur.portal.licensing.query.LicenceToVerify;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * P4 Perizinan: the licence register. The participant records each licence (in process, or issued with its number
 * and dates); an officer of the participant's area verifies it; any later change clears the verification. When
 * every licence of the participant's {@link LicenceRoute} that P4 requires is issued, unexpired and verified, P4 is
 * completed and {@link LicensingCompleted} is published, exactly once (a primary key decides). An issued licence is
 * also written into the business profile, which the assessment and outlet eligibility read.
 */
@Service
@Transactional
public class Licences implements ParticipantLicences {

	private final ParticipantRecords participants;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Licences(ParticipantRecords participants, JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
		this.clock = clock;
		this.participants = participants;
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * The participant's licences: the route's first, in its order, then anything else recorded; the first required
	 * licence not yet issued and verified is marked as next. One query.
	 */
	@Transactional(readOnly = true)
	@Override
	public List<LicenceLine> of(ParticipantView participant) {
		LocalDate today = LocalDate.now(clock);
		Map<LicenceType, LicenceLine> recorded = new EnumMap<>(LicenceType.class);
		jdbc.query("""
				select l.id, l.licence_type, l.other_name, l.status, l.licence_number, l.issued_on, l.expires_on,
				       a.full_name, l.verified_at
				from licence l left join account a on a.id = l.verified_by
				where l.participant_id = ?
				""", rs -> {
			LicenceType type = LicenceType.valueOf(rs.getString(2));
			LocalDate expires = rs.getObject(7, LocalDate.class);
			recorded.put(type, new LicenceLine(rs.getLong(1), type, rs.getString(3), false, false, false,
					LicenceStatus.recorded(rs.getString(4), expires, today), rs.getString(5),
					rs.getObject(6, LocalDate.class), expires, rs.getString(8),
					rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant(), null));
		}, participant.id());
		return LicenceRoute.lines(LicenceRoute.of(participant.business().sector(), participant.business().products()), recorded,
				participant.business().licences());
	}

	/**
	 * Records (or corrects) one of the participant's own licences; clears an earlier verification.
	 * @throws LicenceRefusedException when the draft breaks a rule the form cannot check alone
	 */
	public void record(PortalUser user, LicenceDraft draft) {
		ParticipantView me = participants.ofAccount(user.accountId()).orElseThrow(NotFoundException::new);
		boolean issued = draft.status() == LicenceStatus.ISSUED;
		if (draft.status() != LicenceStatus.ISSUED && draft.status() != LicenceStatus.IN_PROCESS) {
			throw new LicenceRefusedException("status", "programme.licence.status.invalid");
		}
		if (issued && (draft.number() == null || draft.number().isBlank())) {
			throw new LicenceRefusedException("number", "programme.licence.number.required");
		}
		if (issued && draft.issuedOn() == null) {
			throw new LicenceRefusedException("issuedOn", "programme.licence.issuedOn.required");
		}
		if (draft.issuedOn() != null && draft.issuedOn().isAfter(LocalDate.now(clock))) {
			throw new LicenceRefusedException("issuedOn", "programme.licence.issuedOn.future");
		}
		if (draft.expiresOn() != null && draft.issuedOn() != null && !draft.expiresOn().isAfter(draft.issuedOn())) {
			throw new LicenceRefusedException("expiresOn", "programme.licence.expiresOn.beforeIssue");
		}
		String otherName = draft.type() == LicenceType.OTHER ? blankToNull(draft.otherName()) : null;
		if (draft.type() == LicenceType.OTHER && otherName == null) {
			throw new LicenceRefusedException("otherName", "programme.licence.otherName.required");
		}
		String number = blankToNull(draft.number());
		jdbc.update("""
				insert into licence (participant_id, licence_type, other_name, status, licence_number, issued_on,
				                     expires_on, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (participant_id, licence_type) do update set other_name = excluded.other_name,
				    status = excluded.status, licence_number = excluded.licence_number, issued_on = excluded.issued_on,
				    expires_on = excluded.expires_on, recorded_by = excluded.recorded_by, recorded_at = now(),
				    verified_by = null, verified_at = null
				""", me.id(), draft.type().name(), otherName, draft.status().name(), number, date(draft.issuedOn()),
				date(draft.expiresOn()), user.accountId());
		if (issued) {
			participants.declareLicence(user, me.id(), draft.type(), number);
		}
		events.publishEvent(new LicenceRecorded(me.id(), draft.type(), draft.status(), number, false, user.accountId(),
				clock.instant()));
	}

	/**
	 * An officer of the participant's area (or an administrator) verifies an issued licence; completes P4 when the
	 * route is done. Verifying twice changes nothing.
	 * @throws NotFoundException when the participant is not the officer's, or the licence not theirs
	 * @throws LicenceRefusedException when the licence is not issued or has expired
	 */
	public void verify(PortalUser officer, long participantId, long licenceId) {
		ParticipantView participant = participants.get(officer, participantId);
		LicenceLine line = of(participant).stream().filter(l -> l.id() != null && l.id() == licenceId).findFirst()
			.orElseThrow(NotFoundException::new);
		if (line.status() != LicenceStatus.ISSUED) {
			throw new LicenceRefusedException("licence", "programme.licence.verify.notIssued");
		}
		int changed = jdbc.update("""
				update licence set verified_by = ?, verified_at = now()
				where id = ? and participant_id = ? and status = 'ISSUED' and verified_at is null
				""", officer.accountId(), licenceId, participantId);
		if (changed == 0) {
			return;
		}
		events.publishEvent(new LicenceRecorded(participantId, line.type(), line.status(), line.number(), true,
				officer.accountId(), clock.instant()));
		completeIfDone(participant);
	}

	private void completeIfDone(ParticipantView participant) {
		List<LicenceLine> lines = of(participant);
		if (!LicenceRoute.routeDone(lines)) {
			return;
		}
		StringJoiner evidence = new StringJoiner(", ");
		lines.stream().filter(LicenceLine::required).forEach(l -> evidence.add(l.evidence()));
		String text = evidence.toString().length() > 480 ? evidence.toString().substring(0, 480) : evidence.toString();
		List<Instant> completed = jdbc.query("""
				insert into licensing_completion (participant_id, evidence) values (?, ?)
				on conflict do nothing returning completed_at
				""", (rs, n) -> rs.getTimestamp(1).toInstant(), participant.id(), text);
		if (!completed.isEmpty()) {
			events.publishEvent(new LicensingCompleted(participant.id(), text, completed.get(0)));
		}
	}

	/**
	 * Issued, unverified licences of the officer's area (all for an administrator), oldest first, one slice: the
	 * queue the officers work through. One statement, on the partial index of unverified licences.
	 */
	@Transactional(readOnly = true)
	public Slice<LicenceToVerify> toVerify(PortalUser officer, Pageable page) {
		List<Object> args = new ArrayList<>();
		String where = "";
		if (officer.role() != Role.ADMIN) {
			String[] area = officer.areaCodes().toArray(String[]::new);
			where = " and (p.city_code = any (?) or p.district_code = any (?))";
			args.add(area);
			args.add(area);
		}
		args.add(page.getPageSize() + 1);
		args.add(page.getOffset());
		List<LicenceToVerify> rows = jdbc.query("""
				select p.id, p.full_name, p.business_name, p.district_code, l.licence_type, l.other_name,
				       l.licence_number, l.issued_on, l.recorded_at
				from licence l join participant p on p.id = l.participant_id
				where l.status = 'ISSUED' and l.verified_at is null""" + where
				+ " order by l.recorded_at, l.id limit ? offset ?",
				(rs, n) -> new LicenceToVerify(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						LicenceType.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
						rs.getObject(8, LocalDate.class), rs.getTimestamp(9).toInstant()),
				args.toArray());
		boolean more = rows.size() > page.getPageSize();
		return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
	}

	/** Whether P4 was completed through the register. */
	@Transactional(readOnly = true)
	public boolean completed(long participantId) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from licensing_completion where participant_id = ?)", Boolean.class,
				participantId));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static Date date(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

}

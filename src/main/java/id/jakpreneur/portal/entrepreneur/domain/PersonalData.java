package id.jakpreneur.portal.entrepreneur.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.ActivationSlip;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.PersonalDataHolder;
import id.jakpreneur.portal.entrepreneur.query.DeletionQueries;
import id.jakpreneur.portal.entrepreneur.PersonalDataRevealsExceeded;
import id.jakpreneur.portal.entrepreneur.query.ConsentRecord;
import id.jakpreneur.portal.entrepreneur.query.DataAccessEntry;
import id.jakpreneur.portal.entrepreneur.query.PersonalDataQueries;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant's rights under UU 27/2022 and the officer's duty to account for every look: revealing a NIK
 * or KK in clear needs a purpose and a stated reason and is logged, and many reveals in a day are reported; the participant sees that log and their consent, can
 * download all their data, and can ask for deletion.
 */
@Service
@Transactional
public class PersonalData {

	private final ParticipantAccess access;

	private final PersonalDataCipher cipher;

	private final PersonalDataQueries queries;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PersonalDataSettings settings;

	private final ApplicationEventPublisher events;

	private final AccountActivation activations;

	private final List<PersonalDataHolder> holders;

	private final Erasure erasure;

	private final DeletionQueries deletions;

	PersonalData(ParticipantAccess access, PersonalDataCipher cipher, PersonalDataQueries queries, JdbcClient jdbc,
			Clock clock, PersonalDataSettings settings, ApplicationEventPublisher events, AccountActivation activations,
			List<PersonalDataHolder> holders, Erasure erasure, DeletionQueries deletions) {
		this.holders = List.copyOf(holders);
		this.erasure = erasure;
		this.deletions = deletions;
		this.activations = activations;
		this.access = access;
		this.cipher = cipher;
		this.queries = queries;
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
		this.events = events;
	}

	/**
	 * An officer or administrator sees one number in clear; the look is logged with its purpose and reason. The
	 * officer's reveals of the day are counted: past {@code reveal-alert-per-day}, the administrators are told
	 * once that day ({@link PersonalDataRevealsExceeded}).
	 * @throws RevealRefusedException when the request has no purpose or its reason says nothing
	 * @throws UnreadablePersonalDataException when the stored number cannot be decrypted (nothing is then logged)
	 */
	public String reveal(PortalUser officer, long participantId, RevealRequest request) {
		if (officer.role() != Role.OFFICER && officer.role() != Role.ADMIN) {
			throw new NotFoundException();
		}
		if (request.field() == null || request.purpose() == null || request.field() == PersonalDataField.KTP
				|| !RevealPurpose.forReveal().contains(request.purpose())) {
			throw new RevealRefusedException("officer.reveal.purpose.required");
		}
		RevealRequest.reasonProblem(request.reason()).ifPresent(problem -> {
			throw new RevealRefusedException(problem);
		});
		Participant participant = access.load(officer, participantId);
		if (participant.isErased()) {
			// her numbers are destroyed: there is nothing to reveal
			throw new NotFoundException();
		}
		Instant now = clock.instant();
		logAccess(participantId, officer, now, request.field(), request.purpose(), request.cleanReason());
		alertIfTooMany(officer, now);
		return cipher.decrypt(participant.encrypted(request.field()), participantId, request.field());
	}

	/**
	 * The officer has checked the citizen's KTP in person at the counter and issues a new activation code for their
	 * account (lost code, forgotten password without an address to send a link to). Logged like a reveal, so the
	 * citizen sees it on {@code /me/privacy}; officers only in their area.
	 */
	public ActivationSlip reissueActivationCode(PortalUser officer, long participantId) {
		if (officer.role() != Role.OFFICER && officer.role() != Role.ADMIN) {
			throw new NotFoundException();
		}
		Participant participant = access.load(officer, participantId);
		if (participant.isErased()) {
			throw new ErasedParticipantException();
		}
		logAccess(participantId, officer, clock.instant(), PersonalDataField.KTP, RevealPurpose.ACCOUNT_ACTIVATION, "");
		return activations.reissue(participant.getAccountId(), officer);
	}

	private void logAccess(long participantId, PortalUser officer, Instant at, PersonalDataField field,
			RevealPurpose purpose, String reason) {
		jdbc.sql("""
				insert into personal_data_access (participant_id, accessed_by, accessed_at, field, purpose, reason)
				values (:participantId, :accessedBy, :accessedAt, :field, :purpose, :reason)
				""")
			.param("participantId", participantId)
			.param("accessedBy", officer.accountId())
			.param("accessedAt", Timestamp.from(at))
			.param("field", field.name())
			.param("purpose", purpose.name())
			.param("reason", reason)
			.update();
	}

	/** Tells the administrators, once per officer and day, that the officer has revealed more than allowed. */
	private void alertIfTooMany(PortalUser officer, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		int reveals = jdbc.sql("""
				select count(*) from personal_data_access
				where accessed_by = :officer and accessed_at >= :from and accessed_at < :until and field in ('NIK', 'KK')
				""")
			.param("officer", officer.accountId())
			.param("from", Timestamp.from(today.atStartOfDay(clock.getZone()).toInstant()))
			.param("until", Timestamp.from(today.plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
			.query(Integer.class)
			.single();
		if (reveals <= settings.revealAlertPerDay()) {
			return;
		}
		int first = jdbc.sql("""
				insert into personal_data_reveal_alert (officer_id, day, reveals, alerted_at)
				values (:officer, :day, :reveals, :now) on conflict (officer_id, day) do nothing
				""")
			.param("officer", officer.accountId())
			.param("day", today)
			.param("reveals", reveals)
			.param("now", Timestamp.from(now))
			.update();
		if (first == 1) {
			events.publishEvent(new PersonalDataRevealsExceeded(officer.accountId(), officer.fullName(), today, reveals,
					settings.revealAlertPerDay()));
		}
	}

	@Transactional(readOnly = true)
	public List<DataAccessEntry> accessLog(long participantId) {
		return queries.accessLog(participantId);
	}

	@Transactional(readOnly = true)
	public List<ConsentRecord> consents(long participantId) {
		return queries.consents(participantId);
	}

	/**
	 * Everything the portal holds about the participant, NIK and KK included: it is their own data. The record's own
	 * fields first, then one section per module that holds data about her ({@link PersonalDataHolder}).
	 */
	@Transactional(readOnly = true)
	public Map<String, Object> export(PortalUser owner, long participantId) {
		access.load(owner, participantId);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("exportedAt", clock.instant().toString());
		for (PersonalDataHolder holder : holders) {
			Object section = holder.export(participantId);
			if (holder instanceof EntrepreneurPersonalData && section instanceof Map<?, ?> own) {
				own.forEach((key, value) -> data.put(String.valueOf(key), value));
			}
			else {
				data.put(holder.name(), section);
			}
		}
		return data;
	}

	/** The participant's latest deletion request, if any: its status and outcome for {@code /me/privacy}. */
	@Transactional(readOnly = true)
	public java.util.Optional<id.jakpreneur.portal.entrepreneur.query.DeletionStatus> deletionStatus(long participantId) {
		return deletions.latestOf(participantId);
	}

	/** The participant asks for her data to be erased; an administrator decides (a pending request stays as it is). */
	public void requestDeletion(PortalUser owner, long participantId) {
		access.load(owner, participantId);
		erasure.request(participantId);
	}

}

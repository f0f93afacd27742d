package id.jakpreneur.portal.entrepreneur.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.ErasureHold;
import id.jakpreneur.portal.entrepreneur.PersonalDataHolder;
import id.jakpreneur.portal.entrepreneur.RefusalReason;
import id.jakpreneur.portal.notification.Channel;
import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.Notifications;
import id.jakpreneur.portal.notification.SecretKind;
import id.jakpreneur.portal.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletion that happens (UU 27/2022, decision 109): an administrator decides a participant's deletion request. To
 * erase, nothing may hold her data ({@link ErasureHold}); she is told at her e-mail address and mobile number, then
 * every module's {@link PersonalDataHolder} erases its part in this one transaction (all or nothing), and the request
 * keeps who, when and how many rows each module changed. A refusal carries a legal reason and reaches her bell and her
 * channels. The retention run erases participants inactive for too long the same way.
 */
@Service
@Transactional
public class Erasure {

	private static final Logger log = LoggerFactory.getLogger(Erasure.class);

	private final List<PersonalDataHolder> holders;

	private final List<ErasureHold> holds;

	private final DeletionRequestRepository requests;

	private final Notifications notifications;

	private final JdbcClient jdbc;

	private final Clock clock;

	Erasure(List<PersonalDataHolder> holders, List<ErasureHold> holds, DeletionRequestRepository requests,
			Notifications notifications, JdbcClient jdbc, Clock clock) {
		// the participant's own record goes last, so every other module still finds it while erasing its part
		this.holders = holders.stream()
			.sorted(java.util.Comparator.comparing(holder -> holder instanceof EntrepreneurPersonalData))
			.toList();
		this.holds = List.copyOf(holds);
		this.requests = requests;
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records the participant's request; a second one while the first is pending changes nothing. */
	public void request(long participantId) {
		jdbc.sql("""
				insert into deletion_request (participant_id, requested_at) values (:participantId, :now)
				on conflict (participant_id) where outcome = 'PENDING' do nothing
				""")
			.param("participantId", participantId)
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.update();
	}

	/** What keeps the participant's data from being erased now (none: it may be erased). */
	@Transactional(readOnly = true)
	public List<RefusalReason> holds(long participantId) {
		List<RefusalReason> reasons = new ArrayList<>();
		holds.forEach(hold -> hold.holds(participantId).ifPresent(reasons::add));
		return reasons;
	}

	/**
	 * Erases the participant of a pending request.
	 * @throws DeletionRefusedException when the request is decided already, or a module must keep her data
	 */
	public Map<String, Integer> erase(PortalUser administrator, long requestId) {
		DeletionRequest request = pending(administrator, requestId);
		if (!holds(request.getParticipantId()).isEmpty()) {
			throw new DeletionRefusedException("privacy.decision.held");
		}
		Map<String, Integer> rows = eraseParticipant(request.getParticipantId(), true);
		request.erased(administrator.accountId(), clock.instant(), rows);
		log.info("Deletion request {} decided: ERASED by account {}, rows {}", requestId, administrator.accountId(),
				rows);
		return rows;
	}

	/**
	 * Refuses a pending request with a legal reason (and, for OTHER, an explanation); she is told at once.
	 * @throws DeletionRefusedException when decided already, or the reason is missing
	 */
	public void refuse(PortalUser administrator, long requestId, RefusalReason reason, String explanation) {
		DeletionRequest request = pending(administrator, requestId);
		request.refused(administrator.accountId(), clock.instant(), reason, explanation);
		jdbc.sql("select account_id from participant where id = :id")
			.param("id", request.getParticipantId())
			.query(Long.class)
			.optional()
			.ifPresent(account -> notifications.send(account, NoticeKind.DELETION_REFUSED, "/me/privacy", null,
					"msg:privacy.refusal." + reason.name(),
					request.getReasonText().isEmpty() ? "-" : request.getReasonText()));
		log.info("Deletion request {} decided: REFUSED ({}) by account {}", requestId, reason,
				administrator.accountId());
	}

	private DeletionRequest pending(PortalUser administrator, long requestId) {
		if (administrator.role() != Role.ADMIN) {
			throw new NotFoundException();
		}
		DeletionRequest request = requests.findLockedById(requestId).orElseThrow(NotFoundException::new);
		if (request.getOutcome() != DeletionOutcome.PENDING) {
			throw new DeletionRefusedException("privacy.decision.already");
		}
		return request;
	}

	/**
	 * Every module erases its part, in this transaction; the participant is told first when {@code tell}. Returns the
	 * rows changed by module.
	 */
	public Map<String, Integer> eraseParticipant(long participantId, boolean tell) {
		if (tell) {
			tell(participantId);
		}
		// assessments and phase changes are never rewritten, except by an erasure, which says so
		jdbc.sql("select set_config('jakpreneur.erasure', 'on', true)").query(String.class).single();
		Map<String, Integer> rows = new LinkedHashMap<>();
		for (PersonalDataHolder holder : holders) {
			rows.merge(holder.name(), holder.erase(participantId), Integer::sum);
		}
		jdbc.sql("select set_config('jakpreneur.erasure', 'off', true)").query(String.class).single();
		return rows;
	}

	/** The news goes to her addresses as they are now, by messages of no account that forget the address once gone. */
	private void tell(long participantId) {
		jdbc.sql("""
				select a.email, a.phone from participant p join account_directory a on a.id = p.account_id
				where p.id = :id
				""")
			.param("id", participantId)
			.query((rs, n) -> new String[] { rs.getString("email"), rs.getString("phone") })
			.optional()
			.ifPresent(addresses -> {
				notifications.sendToAddress(Channel.EMAIL, addresses[0], SecretKind.DELETION_DONE, null);
				notifications.sendToAddress(Channel.WHATSAPP, addresses[1], SecretKind.DELETION_DONE, null);
			});
	}

}

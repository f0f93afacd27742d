package id.jakpreneur.portal.entrepreneur.domain;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.entrepreneur.PersonalDataHolder;
import id.jakpreneur.portal.entrepreneur.query.PersonalDataQueries;
import id.jakpreneur.portal.notification.Notifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The entrepreneur module's personal data: the participant's record (name, NIK, KK, birth date, phone, address,
 * business texts, licence numbers), its history of changes, the log of officers' reveals, her consents and deletion
 * requests, claims on her NIK; and, because those modules cannot know participants, her account (through
 * {@link AccountManagement#erase}) and her notices and messages (through {@link Notifications#forget}). Runs last in an
 * erasure, so the other modules still find her record while they erase theirs.
 */
@Component
class EntrepreneurPersonalData implements PersonalDataHolder {

	private final ParticipantRepository participants;

	private final PersonalDataCipher cipher;

	private final PersonalDataQueries queries;

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final Notifications notifications;

	private final Clock clock;

	EntrepreneurPersonalData(ParticipantRepository participants, PersonalDataCipher cipher, PersonalDataQueries queries,
			JdbcClient jdbc, AccountManagement accounts, Notifications notifications, Clock clock) {
		this.participants = participants;
		this.cipher = cipher;
		this.queries = queries;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "participant";
	}

	@Override
	public Object export(long participantId) {
		Participant participant = participants.findWithDetailsById(participantId).orElseThrow();
		ParticipantView view = participant.view();
		Map<String, Object> data = new LinkedHashMap<>();
		if (participant.getAccountId() != null) {
			jdbc.sql("select email, phone, language from account_directory where id = :id")
				.param("id", participant.getAccountId())
				.query()
				.listOfRows()
				.forEach(account -> data.put("account", account));
		}
		data.put("fullName", view.fullName());
		data.put("nik", number(participant, PersonalDataField.NIK));
		data.put("kk", number(participant, PersonalDataField.KK));
		data.put("gender", view.gender());
		data.put("birthDate", view.birthDate());
		data.put("phone", view.phone());
		data.put("address", view.address());
		data.put("villageCode", view.villageCode());
		data.put("targetGroups", view.targetGroups());
		data.put("registrationStatus", view.status());
		data.put("registeredAt", view.registeredAt());
		data.put("business", view.business());
		data.put("consents", queries.consents(participantId));
		data.put("accessLog", queries.accessLog(participantId));
		data.put("profileChanges", jdbc.sql("""
				select changed_at::text as changed_at, field, old_value, new_value from participant_change
				where participant_id = :id order by changed_at, id
				""").param("id", participantId).query().listOfRows());
		data.put("deletionRequests", jdbc.sql("""
				select requested_at::text as requested_at, outcome, decided_at::text as decided_at, reason_code,
				       reason_text
				from deletion_request where participant_id = :id order by requested_at, id
				""").param("id", participantId).query().listOfRows());
		return data;
	}

	private String number(Participant participant, PersonalDataField field) {
		byte[] stored = participant.encrypted(field);
		return stored == null ? null : cipher.decryptOrNull(stored, participant.getId(), field);
	}

	@Override
	public int erase(long participantId) {
		Participant participant = participants.findWithDetailsById(participantId).orElseThrow();
		int rows = 0;
		byte[] nikHash = jdbc.sql("select nik_hash from participant where id = :id")
			.param("id", participantId)
			.query(byte[].class)
			.optional()
			.orElse(null);
		if (nikHash != null) {
			// what others typed when they claimed her NIK at registration: about her, and of no use once it is gone
			rows += jdbc.sql("delete from registration_claim where nik_hash = :hash").param("hash", nikHash).update();
		}
		rows += jdbc.sql("""
				update participant_change set old_value = null, new_value = null
				where participant_id = :id and (old_value is not null or new_value is not null)
				""").param("id", participantId).update();
		rows += jdbc.sql("update personal_data_access set reason = '' where participant_id = :id and reason <> ''")
			.param("id", participantId)
			.update();
		rows += jdbc.sql("""
				update deletion_request set reason_text = '' where participant_id = :id and reason_text <> ''
				""").param("id", participantId).update();
		// others' notices that name her or her business (a mentor's new mentee, a partner's new referral)
		rows += notifications.forgetMentions(java.util.List.of(participant.getFullName(),
				participant.business().name()), ERASED_TEXT);
		participant.erase(clock.instant());
		participants.flush();
		rows++;
		if (participant.getAccountId() != null) {
			rows += notifications.forget(participant.getAccountId());
			rows += accounts.erase(participant.getAccountId());
		}
		return rows;
	}

}

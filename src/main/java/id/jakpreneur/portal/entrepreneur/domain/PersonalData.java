package id.jakpreneur.portal.entrepreneur.domain;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.entrepreneur.query.ConsentRecord;
import id.jakpreneur.portal.entrepreneur.query.DataAccessEntry;
import id.jakpreneur.portal.entrepreneur.query.PersonalDataQueries;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant's rights under UU 27/2022 and the officer's duty to account for every look: revealing a NIK
 * or KK in clear needs a stated reason and is logged; the participant sees that log and their consent, can
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

	PersonalData(ParticipantAccess access, PersonalDataCipher cipher, PersonalDataQueries queries, JdbcClient jdbc,
			Clock clock) {
		this.access = access;
		this.cipher = cipher;
		this.queries = queries;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** An officer or administrator sees one number in clear; the look is logged with its reason. */
	public String reveal(PortalUser officer, long participantId, PersonalDataField field, String reason) {
		if (officer.role() != Role.OFFICER && officer.role() != Role.ADMIN) {
			throw new NotFoundException();
		}
		Participant participant = access.load(officer, participantId);
		jdbc.sql("""
				insert into personal_data_access (participant_id, accessed_by, field, reason)
				values (:participantId, :accessedBy, :field, :reason)
				""")
			.param("participantId", participantId)
			.param("accessedBy", officer.accountId())
			.param("field", field.name())
			.param("reason", reason.strip())
			.update();
		return cipher.decrypt(field == PersonalDataField.NIK ? participant.getNikEncrypted()
				: participant.getKkEncrypted());
	}

	@Transactional(readOnly = true)
	public List<DataAccessEntry> accessLog(long participantId) {
		return queries.accessLog(participantId);
	}

	@Transactional(readOnly = true)
	public List<ConsentRecord> consents(long participantId) {
		return queries.consents(participantId);
	}

	/** Everything the portal holds about the participant, NIK and KK included: it is their own data. */
	@Transactional(readOnly = true)
	public Map<String, Object> export(PortalUser owner, long participantId) {
		Participant participant = access.load(owner, participantId);
		ParticipantView view = participant.view();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("exportedAt", clock.instant().toString());
		data.put("email", owner.getUsername());
		data.put("fullName", view.fullName());
		data.put("nik", cipher.decrypt(participant.getNikEncrypted()));
		data.put("kk", cipher.decrypt(participant.getKkEncrypted()));
		data.put("gender", view.gender());
		data.put("birthDate", view.birthDate());
		data.put("phone", view.phone());
		data.put("address", view.address());
		data.put("villageCode", view.villageCode());
		data.put("targetGroups", view.targetGroups());
		data.put("registrationStatus", view.status());
		data.put("registeredAt", view.registeredAt());
		data.put("business", view.business());
		data.put("consents", consents(view.id()));
		data.put("accessLog", accessLog(view.id()));
		return data;
	}

	public void requestDeletion(PortalUser owner, long participantId) {
		access.load(owner, participantId).requestDeletion(clock.instant());
	}

}

package id.jakpreneur.portal.entrepreneur;

import static id.jakpreneur.portal.entrepreneur.domain.PersonalDataField.KK;
import static id.jakpreneur.portal.entrepreneur.domain.PersonalDataField.NIK;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.domain.AlreadyValidatedException;
import id.jakpreneur.portal.entrepreneur.domain.IdentityNumbers;
import id.jakpreneur.portal.entrepreneur.domain.InconsistentIdentityException;
import id.jakpreneur.portal.entrepreneur.domain.NikTakenException;
import id.jakpreneur.portal.entrepreneur.domain.Participant;
import id.jakpreneur.portal.entrepreneur.domain.ParticipantAccess;
import id.jakpreneur.portal.entrepreneur.domain.ParticipantChangeRepository;
import id.jakpreneur.portal.entrepreneur.domain.ParticipantRepository;
import id.jakpreneur.portal.entrepreneur.domain.PersonDetails;
import id.jakpreneur.portal.entrepreneur.domain.PersonalDataCipher;
import id.jakpreneur.portal.entrepreneur.domain.ProfileChanges;
import id.jakpreneur.portal.entrepreneur.query.ParticipantViews;
import id.jakpreneur.portal.entrepreneur.query.PersonalDataQueries;
import id.jakpreneur.portal.entrepreneur.query.ProfileChange;
import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.Notifications;
import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes participant records on behalf of a logged-in person, and decides who may: the participant
 * themself, officers of the participant's area, administrators. Anyone else gets "not found", so guessing ids
 * reveals nothing. Every change is written to the profile history.
 */
@Service
@Transactional
public class ParticipantRecords {

	private final ParticipantRepository participants;

	private final ParticipantAccess access;

	private final ParticipantChangeRepository changes;

	private final PersonalDataCipher cipher;

	private final RegionDirectory regions;

	private final PersonalDataQueries queries;

	private final ParticipantViews views;

	private final Notifications notifications;

	private final Clock clock;

	ParticipantRecords(ParticipantRepository participants, ParticipantAccess access,
			ParticipantChangeRepository changes, PersonalDataCipher cipher, RegionDirectory regions,
			PersonalDataQueries queries, ParticipantViews views, Notifications notifications, Clock clock) {
		this.participants = participants;
		this.access = access;
		this.changes = changes;
		this.cipher = cipher;
		this.regions = regions;
		this.queries = queries;
		this.views = views;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** The account of a participant, for notices; empty when they have none (registered on paper) or no such id. */
	@Transactional(readOnly = true)
	public Optional<Long> accountOf(long participantId) {
		return participants.findById(participantId).map(Participant::getAccountId);
	}

	/** The latest 100 changes of a profile, newest first, with the editor's name: one query. */
	@Transactional(readOnly = true)
	public List<ProfileChange> history(PortalUser viewer, long participantId) {
		access.view(viewer, participantId);
		return queries.history(participantId);
	}

	/**
	 * The latest 100 changes of a participant the caller has just read through {@link #get} (which decided that the
	 * viewer may see them): one query, without reading the participant a second time.
	 */
	@Transactional(readOnly = true)
	public List<ProfileChange> history(ParticipantView participant) {
		return queries.history(participant.id());
	}

	/** The participant record of an entrepreneur's own account, if they registered one. */
	@Transactional(readOnly = true)
	public Optional<ParticipantView> ofAccount(long accountId) {
		return views.ofAccount(accountId);
	}

	@Transactional(readOnly = true)
	public ParticipantView get(PortalUser viewer, long participantId) {
		return access.view(viewer, participantId);
	}

	/**
	 * A participant for a caller that has already decided the viewer may see them, such as a partner contact
	 * reading the referral pack of a referral to their own organisation. NIK and KK stay masked.
	 */
	@Transactional(readOnly = true)
	public ParticipantView referred(long participantId) {
		return views.byId(participantId).orElseThrow(NotFoundException::new);
	}

	/**
	 * Writes a licence the programme's licence register holds into the business profile, so that the assessment
	 * and outlet eligibility see it; only the licences a profile can declare, and a change is kept in the history.
	 */
	public void declareLicence(PortalUser editor, long participantId, LicenceType type, String number) {
		if (!LicenceType.DECLARABLE.contains(type)) {
			return;
		}
		Participant participant = participants.findWithDetailsById(participantId).orElseThrow(NotFoundException::new);
		String before = participant.business().licences().get(type);
		if (participant.declareLicence(type, number)) {
			participants.saveAndFlush(participant);
			ProfileChanges changed = changes(participantId, editor);
			changed.add("licences." + type.name(), before, number);
			changes.saveAll(changed.list());
		}
	}

	private Participant load(PortalUser viewer, long participantId) {
		return access.load(viewer, participantId);
	}

	/**
	 * Corrects personal and business details. NIK changes need an officer: an entrepreneur's NIK input is
	 * ignored. An empty KK or NIK keeps the one on record. A returned registration goes back to the queue.
	 * @throws InconsistentIdentityException when the birth date or gender no longer fits the NIK on record
	 * @throws NikTakenException when an officer's new NIK belongs to another participant
	 */
	public void update(PortalUser editor, long participantId, PersonDetails person, BusinessDetails business) {
		Participant participant = load(editor, participantId);
		ProfileChanges changed = changes(participantId, editor);
		// a number on record that no key reads (see PersonalDataCipher) is replaced by the one typed
		String kk = IdentityNumbers.clean(person.kk());
		if (!kk.isEmpty() && !kk.equals(cipher.decryptOrNull(participant.encrypted(KK), participantId, KK))) {
			changed.add("kk", participant.getKkMasked(), IdentityNumbers.mask(kk));
			participant.changeKk(cipher.encrypt(kk, participantId, KK), IdentityNumbers.mask(kk));
		}
		String nik = IdentityNumbers.clean(person.nik());
		String nikOnRecord = cipher.decryptOrNull(participant.encrypted(NIK), participantId, NIK);
		boolean nikChange = editor.role() != Role.ENTREPRENEUR && !nik.isEmpty() && !nik.equals(nikOnRecord);
		if (nikChange) {
			changed.add("nik", participant.getNikMasked(), IdentityNumbers.mask(nik));
			participant.changeNik(cipher.encrypt(nik, participantId, NIK), cipher.hash(nik), IdentityNumbers.mask(nik));
		}
		else if (nikOnRecord != null) {
			IdentityNumbers.nikProblem(nikOnRecord, person.birthDate(), person.gender()).ifPresent(key -> {
				throw new InconsistentIdentityException(key);
			});
		}
		changed.compare(participant.person(null, null), person, participant.business(), business);
		participant.describe(person, business, regions);
		if (!changed.isEmpty() && editor.role() == Role.ENTREPRENEUR) {
			participant.resubmitIfReturned();
		}
		participants.saveWithUniqueNik(participant);
		changes.saveAll(changed.list());
	}

	/**
	 * An officer validates the registration; the participant is told once.
	 *
	 * @return whether this validated it (false: it was validated already, which changes nothing)
	 */
	public boolean validate(PortalUser officer, long participantId) {
		Participant participant = load(officer, participantId);
		if (!participant.validate(officer.accountId(), clock.instant())) {
			return false;
		}
		notify(participant, NoticeKind.REGISTRATION_VALIDATED, "/me", "registration-validated:" + participantId);
		return true;
	}

	/** @throws AlreadyValidatedException when the registration was validated in the meantime */
	public void returnForCorrection(PortalUser officer, long participantId, String reason) {
		Participant participant = load(officer, participantId);
		participant.returnForCorrection(reason);
		// every return is news, with its own reason: no dedupe key
		notify(participant, NoticeKind.REGISTRATION_RETURNED, "/me/profile", null, participant.getReturnReason());
		ProfileChanges changed = changes(participantId, officer);
		changed.add("status", RegistrationStatus.SUBMITTED.name(), RegistrationStatus.RETURNED.name());
		changes.saveAll(changed.list());
	}

	private void notify(Participant participant, NoticeKind kind, String link, String dedupeKey, String... args) {
		if (participant.getAccountId() != null) {
			notifications.send(participant.getAccountId(), kind, link, dedupeKey, args);
		}
	}

	private ProfileChanges changes(long participantId, PortalUser editor) {
		return new ProfileChanges(participantId, editor.accountId(), clock.instant());
	}

}

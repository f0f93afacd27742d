package id.jakpreneur.portal.entrepreneur;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.domain.IdentityNumbers;
import id.jakpreneur.portal.entrepreneur.domain.InconsistentIdentityException;
import id.jakpreneur.portal.entrepreneur.domain.NikTakenException;
import id.jakpreneur.portal.entrepreneur.domain.Participant;
import id.jakpreneur.portal.entrepreneur.domain.ParticipantAccess;
import id.jakpreneur.portal.entrepreneur.domain.ParticipantChange;
import id.jakpreneur.portal.entrepreneur.domain.ParticipantChangeRepository;
import id.jakpreneur.portal.entrepreneur.domain.ParticipantRepository;
import id.jakpreneur.portal.entrepreneur.domain.PersonDetails;
import id.jakpreneur.portal.entrepreneur.domain.PersonalDataCipher;
import id.jakpreneur.portal.entrepreneur.query.PersonalDataQueries;
import id.jakpreneur.portal.entrepreneur.query.ProfileChange;
import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.region.RegionView;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.shared.Rupiah;
import org.springframework.dao.DataIntegrityViolationException;
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

	ParticipantRecords(ParticipantRepository participants, ParticipantAccess access,
			ParticipantChangeRepository changes, PersonalDataCipher cipher, RegionDirectory regions,
			PersonalDataQueries queries) {
		this.participants = participants;
		this.access = access;
		this.changes = changes;
		this.cipher = cipher;
		this.regions = regions;
		this.queries = queries;
	}

	/** The latest 100 changes of a profile, newest first, with the editor's name: one query. */
	@Transactional(readOnly = true)
	public List<ProfileChange> history(PortalUser viewer, long participantId) {
		load(viewer, participantId);
		return queries.history(participantId);
	}

	/** The participant record of an entrepreneur's own account, if they registered one. */
	@Transactional(readOnly = true)
	public Optional<ParticipantView> ofAccount(long accountId) {
		return participants.findByAccountId(accountId).map(Participant::view);
	}

	@Transactional(readOnly = true)
	public ParticipantView get(PortalUser viewer, long participantId) {
		return load(viewer, participantId).view();
	}

	/**
	 * A participant for a caller that has already decided the viewer may see them, such as a partner contact
	 * reading the referral pack of a referral to their own organisation. NIK and KK stay masked.
	 */
	@Transactional(readOnly = true)
	public ParticipantView referred(long participantId) {
		return participants.findWithDetailsById(participantId).map(Participant::view)
			.orElseThrow(NotFoundException::new);
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
			changes.save(change(participantId, editor, "licences." + type.name(), before, number));
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
		PersonDetails before = participant.person(null, null);
		BusinessDetails beforeBusiness = participant.business();
		List<ParticipantChange> changed = new ArrayList<>();
		String kk = IdentityNumbers.clean(person.kk());
		if (!kk.isEmpty() && !kk.equals(cipher.decrypt(participant.getKkEncrypted()))) {
			changed.add(change(participantId, editor, "kk", participant.getKkMasked(), IdentityNumbers.mask(kk)));
			participant.changeKk(cipher.encrypt(kk), IdentityNumbers.mask(kk));
		}
		boolean nikChange = editor.role() != Role.ENTREPRENEUR && person.nik() != null
				&& !IdentityNumbers.clean(person.nik()).isEmpty()
				&& !IdentityNumbers.clean(person.nik()).equals(cipher.decrypt(participant.getNikEncrypted()));
		if (nikChange) {
			String nik = IdentityNumbers.clean(person.nik());
			changed.add(change(participantId, editor, "nik", participant.getNikMasked(), IdentityNumbers.mask(nik)));
			participant.changeNik(cipher.encrypt(nik), cipher.hash(nik), IdentityNumbers.mask(nik));
		}
		else {
			IdentityNumbers.nikProblem(cipher.decrypt(participant.getNikEncrypted()), person.birthDate(), person.gender())
				.ifPresent(key -> {
					throw new InconsistentIdentityException(key);
				});
		}
		compare(changed, participantId, editor, before, person, beforeBusiness, business);
		RegionView village = regions.find(person.villageCode()).orElseThrow();
		RegionView district = regions.find(village.parentCode()).orElseThrow();
		participant.describePerson(person, district.code(), district.parentCode());
		participant.describeBusiness(business);
		if (!changed.isEmpty() && editor.role() == Role.ENTREPRENEUR) {
			participant.resubmitIfReturned();
		}
		try {
			participants.saveAndFlush(participant);
		}
		catch (DataIntegrityViolationException ex) {
			if (String.valueOf(ex.getMessage()).contains("participant_nik_hash_uq")) {
				throw new NikTakenException();
			}
			throw ex;
		}
		changes.saveAll(changed);
	}

	public void validate(PortalUser officer, long participantId) {
		load(officer, participantId).validate(officer.accountId());
	}

	public void returnForCorrection(PortalUser officer, long participantId, String reason) {
		load(officer, participantId).returnForCorrection(reason);
		changes.save(change(participantId, officer, "status", RegistrationStatus.SUBMITTED.name(),
				RegistrationStatus.RETURNED.name()));
	}

	private void compare(List<ParticipantChange> changed, long id, PortalUser editor, PersonDetails a, PersonDetails b,
			BusinessDetails x, BusinessDetails y) {
		diff(changed, id, editor, "fullName", a.fullName(), b.fullName().strip());
		diff(changed, id, editor, "gender", a.gender(), b.gender());
		diff(changed, id, editor, "birthDate", a.birthDate(), b.birthDate());
		diff(changed, id, editor, "phone", a.phone(), b.phone());
		diff(changed, id, editor, "address", a.address(), b.address().strip());
		diff(changed, id, editor, "villageCode", a.villageCode(), b.villageCode());
		diff(changed, id, editor, "targetGroups", sorted(a.targetGroups()), sorted(b.targetGroups()));
		diff(changed, id, editor, "businessStage", x.stage(), y.stage());
		diff(changed, id, editor, "businessName", x.name(), y.name().strip());
		diff(changed, id, editor, "sector", x.sector(), y.sector());
		diff(changed, id, editor, "products", x.products(), y.products().strip());
		diff(changed, id, editor, "startedOn", x.startedOn(), y.stage() == BusinessStage.IDEA ? null : y.startedOn());
		diff(changed, id, editor, "capital", Rupiah.format(x.capital()), Rupiah.format(y.capital()));
		diff(changed, id, editor, "monthlySales", Rupiah.format(x.monthlySales()), Rupiah.format(y.monthlySales()));
		diff(changed, id, editor, "employees", x.employees(), y.employees());
		diff(changed, id, editor, "channels", sorted(x.channels()), sorted(y.channels()));
		diff(changed, id, editor, "licences", new java.util.TreeMap<>(x.licences()).toString(),
				new java.util.TreeMap<>(y.licences()).toString());
		diff(changed, id, editor, "keepsBooks", x.keepsBooks(), y.keepsBooks());
		diff(changed, id, editor, "hadCredit", x.hadCredit(), y.hadCredit());
	}

	private static String sorted(java.util.Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().toList().toString();
	}

	private static void diff(List<ParticipantChange> changed, long id, PortalUser editor, String field, Object before,
			Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(change(id, editor, field, before == null ? null : before.toString(),
					after == null ? null : after.toString()));
		}
	}

	private static ParticipantChange change(long id, PortalUser editor, String field, String before, String after) {
		return new ParticipantChange(id, editor.accountId(), field, before, after);
	}

}

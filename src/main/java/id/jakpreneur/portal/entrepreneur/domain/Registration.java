package id.jakpreneur.portal.entrepreneur.domain;

import java.time.Clock;
import java.util.function.ToLongFunction;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.ActivationSlip;
import id.jakpreneur.portal.entrepreneur.ConsentPurpose;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.region.RegionDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a citizen (P1 Pendaftaran): the ENTREPRENEUR account, the participant with their business, and
 * the consent, in one transaction, so a refused registration leaves nothing behind. The NIK's keyed hash is
 * unique in the database, which decides between concurrent registrations of one NIK.
 */
@Service
@Transactional
public class Registration {

	private final AccountManagement accounts;

	private final ParticipantRepository participants;

	private final ConsentRepository consents;

	private final PersonalDataCipher cipher;

	private final RegionDirectory regions;

	private final AccountActivation activations;

	private final RegistrationMail mail;

	private final RegistrationSettings settings;

	private final Clock clock;

	Registration(AccountManagement accounts, ParticipantRepository participants, ConsentRepository consents,
			PersonalDataCipher cipher, RegionDirectory regions, AccountActivation activations, RegistrationMail mail,
			RegistrationSettings settings, Clock clock) {
		this.activations = activations;
		this.mail = mail;
		this.settings = settings;
		this.accounts = accounts;
		this.participants = participants;
		this.consents = consents;
		this.cipher = cipher;
		this.regions = regions;
		this.clock = clock;
	}

	/**
	 * Returns the new participant's id.
	 * @throws NikTakenException when the NIK is already registered
	 * @throws id.jakpreneur.portal.account.EmailTakenException when the email is already a login
	 * @throws MobileNumberTakenException when there is no email and the mobile number is already a login
	 */
	public long register(NewRegistration registration) {
		return register(registration, accounts::open);
	}

	/**
	 * An online registration: as {@link #register(NewRegistration)}, but the account stays closed until its owner
	 * opens the activation link mailed (after the commit) to the address.
	 */
	public long registerAwaitingActivation(NewRegistration registration) {
		return register(registration, account -> {
			long accountId = accounts.openAwaitingActivation(account);
			String token = activations.issueRegistrationLink(accountId, settings.activationValidity());
			mail.activation(accountId, account.fullName(), token);
			return accountId;
		});
	}

	/**
	 * A walk-in registration by the officer at the counter: nobody chooses the citizen's password; the account opens
	 * when the citizen activates it with the code on the printed slip (or the link sent to their address). The
	 * password of the registration is ignored.
	 */
	public CounterRegistration registerAtCounter(NewRegistration registration, PortalUser officer) {
		ActivationSlip[] slip = new ActivationSlip[1];
		long participantId = register(registration, account -> {
			slip[0] = activations.openForSomeoneElse(account, officer);
			return slip[0].accountId();
		});
		return new CounterRegistration(participantId, slip[0]);
	}

	/** A citizen registered at the counter and the slip the officer prints for them, once. */
	public record CounterRegistration(long participantId, ActivationSlip slip) {
	}

	private long register(NewRegistration registration, ToLongFunction<NewAccount> openAccount) {
		PersonDetails person = registration.person();
		byte[] nikHash = cipher.hash(person.nik());
		if (participants.existsByNikHash(nikHash)) {
			throw new NikTakenException();
		}
		// the participant's mobile number is also their login and WhatsApp address, unless another account has it
		String phone = accounts.isPhoneFree(person.phone()) ? person.phone() : null;
		if (registration.email() == null && phone == null) {
			throw new MobileNumberTakenException();
		}
		long accountId = openAccount.applyAsLong(new NewAccount(registration.email(), phone, person.fullName(),
				Role.ENTREPRENEUR, registration.password(), java.util.Set.of(), registration.registeredBy() != null));
		long registeredBy = registration.registeredBy() == null ? accountId : registration.registeredBy();
		long id = participants.reserveId();
		Participant participant = new Participant(id, accountId, registration.channel(), registeredBy,
				clock.instant());
		participant.identify(cipher.encrypt(person.nik(), id, PersonalDataField.NIK), nikHash,
				IdentityNumbers.mask(person.nik()), cipher.encrypt(person.kk(), id, PersonalDataField.KK),
				IdentityNumbers.mask(person.kk()));
		participant.describe(person, registration.business(), regions);
		participants.saveWithUniqueNik(participant);
		consents.save(new Consent(participant.getId(), ConsentPurpose.PARTICIPATION, null, registration.consentVersion(),
				clock.instant()));
		// her account's notices go out by e-mail and WhatsApp from the start: recorded as a consent she can withdraw
		consents.save(new Consent(participant.getId(), ConsentPurpose.MESSAGES, null, PrivacyChoices.MESSAGES_TEXT,
				clock.instant()));
		return participant.getId();
	}

}

package id.jakpreneur.portal.entrepreneur.domain;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.ConsentPurpose;
import id.jakpreneur.portal.entrepreneur.Consents;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant's own consent choices on {@code /me/privacy}, with what each one does at once. Withdrawing
 * participation is leaving the programme: it files her deletion request. Withdrawing messages turns her e-mail and
 * WhatsApp notices off and drops those not yet sent ({@link MessagesConsent}). Withdrawing the catalogue or a
 * partner's sharing ends what partners see, because their SQL filters on the consent. Catalogue and messages can be
 * given again here; participation and partner sharing only where they are asked.
 */
@Service
@Transactional
public class PrivacyChoices {

	/** The version of the catalogue text on the privacy page ({@code myPrivacy.consent.CATALOGUE.*}). */
	public static final String CATALOGUE_TEXT = "catalogue-2026-12";

	/** The version of the messages text on the privacy page and on {@code /account}. */
	public static final String MESSAGES_TEXT = "messages-2026-12";

	private final ParticipantAccess access;

	private final Consents consents;

	private final PersonalData personalData;

	private final AccountManagement accounts;

	PrivacyChoices(ParticipantAccess access, Consents consents, PersonalData personalData,
			AccountManagement accounts) {
		this.access = access;
		this.consents = consents;
		this.personalData = personalData;
		this.accounts = accounts;
	}

	/** Withdraws her consent now; nothing when it was not given. Only the participant herself may. */
	public void withdraw(PortalUser owner, long participantId, ConsentPurpose purpose, Long referenceId) {
		Participant participant = own(owner, participantId);
		consents.withdraw(participantId, purpose, referenceId);
		if (purpose == ConsentPurpose.PARTICIPATION && !participant.isErased()) {
			// a pending request stays as it is (PersonalData.requestDeletion files at most one)
			personalData.requestDeletion(owner, participantId);
		}
	}

	/**
	 * Gives the catalogue or messages consent again (the others are refused: they are given where they are asked).
	 * @throws ConsentRefusedException for participation and partner sharing
	 */
	public void give(PortalUser owner, long participantId, ConsentPurpose purpose) {
		Participant participant = own(owner, participantId);
		if (!purpose.givenAgainOnPrivacyPage()) {
			throw new ConsentRefusedException("myPrivacy.consent.notHere");
		}
		if (purpose == ConsentPurpose.MESSAGES) {
			consents.give(participantId, purpose, null, MESSAGES_TEXT);
			accounts.wantMessages(participant.getAccountId(), true);
		}
		else {
			consents.give(participantId, purpose, null, CATALOGUE_TEXT);
		}
	}

	private Participant own(PortalUser owner, long participantId) {
		if (owner.role() != Role.ENTREPRENEUR) {
			throw new NotFoundException();
		}
		return access.load(owner, participantId);
	}

}

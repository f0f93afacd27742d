package id.jakpreneur.portal.entrepreneur.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.jakpreneur.portal.entrepreneur.ConsentPurpose;
import id.jakpreneur.portal.entrepreneur.ConsentView;

/**
 * One choice on {@code /me/privacy}: a purpose (for partner sharing, one referral) and its latest consent (null:
 * never given). Participation, messages and both catalogues are always listed; partner sharing once per referral.
 */
record ConsentChoice(ConsentPurpose purpose, Long referenceId, ConsentView latest) {

	boolean active() {
		return latest != null && latest.active();
	}

	boolean canGive() {
		return !active() && purpose.givenAgainOnPrivacyPage();
	}

	/** The choices from every consent of the participant (newest first, as {@code Consents.of} lists them). */
	static List<ConsentChoice> of(List<ConsentView> consents) {
		Map<String, ConsentChoice> choices = new LinkedHashMap<>();
		for (ConsentPurpose purpose : List.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.MESSAGES,
				ConsentPurpose.CATALOGUE, ConsentPurpose.PUBLIC_CATALOGUE)) {
			choices.put(purpose.name(), new ConsentChoice(purpose, null, null));
		}
		for (ConsentView consent : consents) {
			String key = consent.purpose().name() + ":" + Objects.toString(consent.referenceId(), "");
			String plain = consent.purpose().name();
			ConsentChoice known = choices.get(consent.referenceId() == null ? plain : key);
			if (known == null || known.latest() == null
					|| (consent.active() && !known.active())) {
				choices.put(consent.referenceId() == null ? plain : key,
						new ConsentChoice(consent.purpose(), consent.referenceId(), consent));
			}
		}
		return new ArrayList<>(choices.values());
	}

	public ConsentPurpose getPurpose() {
		return purpose;
	}

	public Long getReferenceId() {
		return referenceId;
	}

	public ConsentView getLatest() {
		return latest;
	}

	public boolean isActive() {
		return active();
	}

	public boolean isCanGive() {
		return canGive();
	}

}

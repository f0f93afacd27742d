package id.jakpreneur.portal.partner.web;

import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.entrepreneur.ParticipantPanel;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.partner.ReferralSummary;
import id.jakpreneur.portal.partner.Referrals;
import org.springframework.stereotype.Component;

/**
 * On the participant's home: her open referrals with the choice to share each with its partner (who, what data, the
 * consent text and its version) or to withdraw it; on the officer's participant page: the referrals waiting for her
 * consent. No panel when there is nothing to show.
 */
@Component
class ReferralSharingPanel implements ParticipantPanel {

	private final Referrals referrals;

	ReferralSharingPanel(Referrals referrals) {
		this.referrals = referrals;
	}

	@Override
	public Optional<View> panelFor(ParticipantView participant, Audience audience) {
		boolean mine = audience == Audience.PARTICIPANT;
		List<ReferralSummary> shown = referrals.ofParticipant(participant.id())
			.stream()
			.filter(r -> r.status().isOpen() && (mine || !r.shared()))
			.toList();
		return shown.isEmpty() ? Optional.empty()
				: Optional.of(new View("partner/capital-parts", "panel", new Sharing(mine, shown)));
	}

	/** The panel's data: whether the participant herself looks, and the referrals. */
	public record Sharing(boolean participant, List<ReferralSummary> referrals) {
	}

}

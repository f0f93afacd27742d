package id.jakpreneur.portal.partner.web;


import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.partner.PartnerOffers;
import id.jakpreneur.portal.partner.Referrals;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The partner offers that fit the participant's business, and the referrals made for them. The participant's phase
 * belongs to the assessment module, which this module may not call, so none is passed yet: offers that target
 * phases stay hidden until the caller can supply it (docs/decisions.md).
 */
@Controller
class MyOffersController {

	static final String VIEW = "partner/my-offers";

	private final ParticipantRecords records;

	private final PartnerOffers offers;

	private final Referrals referrals;

	private final Assessments assessments;

	MyOffersController(ParticipantRecords records, PartnerOffers offers, Referrals referrals, Assessments assessments) {
		this.records = records;
		this.offers = offers;
		this.referrals = referrals;
		this.assessments = assessments;
	}

	@GetMapping("/me/offers")
	String offers(@AuthenticationPrincipal PortalUser user, @PageableDefault(size = 10) Pageable page, Model model) {
		ParticipantView me = records.ofAccount(user.accountId()).orElseThrow(NotFoundException::new);
		model.addAttribute("offers", offers.fitting(me, assessments.currentPhase(me.id()), page));
		model.addAttribute("referrals", referrals.ofParticipant(me.id()));
		return VIEW;
	}

}

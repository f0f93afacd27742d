package id.jakpreneur.portal.mentoring.domain;

import java.util.List;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.entrepreneur.RegistrationClaimed;
import id.jakpreneur.portal.mentoring.NoticeKind;
import id.jakpreneur.portal.mentoring.Notices;
import id.jakpreneur.portal.region.RegionDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the secretariat of a kecamatan (the officers whose area is the kecamatan or its kota) that a registration
 * claim waits for them: a notice in the bell and by mail, committed with the claim. Only the kecamatan is named.
 */
@Component
class RegistrationClaimNotices {

	private final AccountManagement accounts;

	private final Notices notices;

	private final RegionDirectory regions;

	RegistrationClaimNotices(AccountManagement accounts, Notices notices, RegionDirectory regions) {
		this.accounts = accounts;
		this.notices = notices;
		this.regions = regions;
	}

	@EventListener
	void on(RegistrationClaimed claim) {
		String district = regions.nameOf(claim.districtCode());
		for (long officer : accounts.officersOf(List.of(claim.districtCode(), claim.cityCode()))) {
			notices.send(officer, NoticeKind.REGISTRATION_CLAIM, "/officer/registration-claims",
					"registration-claim-" + claim.claimId(), district);
		}
	}

}

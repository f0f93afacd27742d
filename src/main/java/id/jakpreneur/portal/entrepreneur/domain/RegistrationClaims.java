package id.jakpreneur.portal.entrepreneur.domain;

import java.time.Clock;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.Notifications;
import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations whose NIK is already held go to the secretariat of their kecamatan as claims (the officers covering
 * it see them in their queue); the claimant is told by mail that the secretariat will check the registration, never
 * that the NIK exists, and the officers of the kecamatan and its kota get a notice naming only the kecamatan (the bell,
 * and e-mail or WhatsApp by their preferences), committed with the claim. Officers resolve claims of their own area
 * only.
 */
@Service
@Transactional
public class RegistrationClaims {

	private final RegistrationClaimRepository claims;

	private final PersonalDataCipher cipher;

	private final RegionDirectory regions;

	private final RegistrationMail mail;

	private final AccountManagement accounts;

	private final Notifications notifications;

	private final Clock clock;

	RegistrationClaims(RegistrationClaimRepository claims, PersonalDataCipher cipher, RegionDirectory regions,
			RegistrationMail mail, AccountManagement accounts, Notifications notifications, Clock clock) {
		this.accounts = accounts;
		this.notifications = notifications;
		this.claims = claims;
		this.cipher = cipher;
		this.regions = regions;
		this.mail = mail;
		this.clock = clock;
	}

	/** Records the claim and mails the claimant after the commit; returns the claim's id. */
	public long record(NewRegistration registration) {
		RegistrationClaim claim = claims.save(new RegistrationClaim(registration.person(), registration.email(), cipher,
				regions, clock.instant()));
		mail.claimReceived(registration.email(), registration.person().fullName());
		String district = regions.nameOf(claim.getDistrictCode());
		for (long officer : accounts.officersOf(java.util.List.of(claim.getDistrictCode(), claim.getCityCode()))) {
			notifications.send(officer, NoticeKind.REGISTRATION_CLAIM, "/officer/registration-claims",
					"registration-claim-" + claim.getId(), district);
		}
		return claim.getId();
	}

	/** Closes a claim of the officer's area with what the secretariat found. */
	public void resolve(PortalUser officer, long claimId, String note) {
		RegistrationClaim claim = claims.findById(claimId)
			.filter(c -> officer.covers(c.getVillageCode()))
			.orElseThrow(NotFoundException::new);
		claim.resolve(officer.accountId(), note, clock.instant());
	}

}

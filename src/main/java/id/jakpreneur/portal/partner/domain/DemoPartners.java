package id.jakpreneur.portal.partner.domain;

import id.jakpreneur.portal.partner.OfferKind;
import id.jakpreneur.portal.partner.OfferTarget;
import id.jakpreneur.portal.partner.PartnerDraft;
import id.jakpreneur.portal.partner.PartnerKind;
import id.jakpreneur.portal.partner.PartnerManagement;
import id.jakpreneur.portal.partner.Referrals;
import id.jakpreneur.portal.assessment.SizeClass;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.ActivationSlip;
import id.jakpreneur.portal.account.EmailTakenException;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo partner: Bank DKI with an MoU, a capital offer and a training offer, and its contact
 * {@code partner@demo.local} with a PARTNER login; the demo entrepreneur referred to the training offer, waiting for
 * her consent. Only in demo mode; idempotent, all or nothing.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("jakpreneur.demo.enabled")
class DemoPartners implements DemoData {

	static final String EMAIL = "partner@demo.local";

	static final String PASSWORD = "jakpreneur-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoPartners.class);

	private final PartnerManagement partners;

	private final AccountManagement accounts;

	private final AccountActivation activations;

	private final TransactionTemplate transaction;

	private final Referrals referrals;

	private final ParticipantRecords participants;

	private final Clock clock;

	DemoPartners(PartnerManagement partners, AccountManagement accounts, AccountActivation activations,
			TransactionTemplate transaction, Referrals referrals, ParticipantRecords participants, Clock clock) {
		this.referrals = referrals;
		this.participants = participants;
		this.activations = activations;
		this.partners = partners;
		this.accounts = accounts;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void createDemoData() {
		if (!accounts.isEmailFree(EMAIL)) {
			return;
		}
		try {
			transaction.executeWithoutResult(status -> create());
			log.info("Demo mode is on: demo partner Bank DKI and {} created", EMAIL);
		}
		catch (EmailTakenException | PartnerNameTakenException ex) {
			// another instance created them at the same moment
		}
	}

	private void create() {
		PortalUser admin = (PortalUser) accounts.loadUserByUsername("admin@demo.local");
		LocalDate start = LocalDate.now(clock).withDayOfYear(1);
		long bank = partners.create(admin, new PartnerDraft(PartnerKind.BANK, "Bank DKI", "MOU/PPKUKM-BDKI/2026/01",
				start, start.plusYears(3).minusDays(1)));
		long contact = partners.addContact(bank,
				new ContactDraft("Rudi Hartono (Bank DKI)", EMAIL, "021-3865-1234"));
		ActivationSlip slip = partners.openAccount(admin, bank, contact);
		// the demo password is public on purpose: the demo contact "activates" with it at once
		activations.activate(activations.findByCode(slip.loginName(), slip.code()).orElseThrow(), PASSWORD);
		partners.addOffer(bank, new OfferDraft(OfferKind.CAPITAL, "Kredit Usaha Mikro Bank DKI",
				"Pinjaman modal kerja Rp 5-50 juta untuk usaha mikro dan kecil binaan JakPreneur, bunga ringan, "
						+ "tanpa agunan sampai Rp 10 juta.",
				new OfferTarget(Set.of(), SizeClass.MIKRO, SizeClass.KECIL, Set.of(), Set.of()), true));
		long training = partners.addOffer(bank, new OfferDraft(OfferKind.TRAINING, "Kelas Literasi Keuangan dan QRIS",
				"Dua pertemuan: memisahkan uang usaha dan rumah tangga, mencatat omzet harian, dan menerima "
						+ "pembayaran QRIS.",
				new OfferTarget(EnumSet.of(Sector.KULINER, Sector.FESYEN, Sector.KRIYA), null, null, Set.of("31.71"),
						Set.of()),
				true));
		referDemoEntrepreneur(training);
	}

	/** The officer refers Siti to the training offer: on {@code /me} it waits for her consent to share her data. */
	private void referDemoEntrepreneur(long offerId) {
		PortalUser siti;
		try {
			siti = (PortalUser) accounts.loadUserByUsername("warga@demo.local");
		}
		catch (UsernameNotFoundException ex) {
			return;
		}
		participants.ofAccount(siti.accountId())
			.ifPresent(p -> referrals.refer((PortalUser) accounts.loadUserByUsername("officer@demo.local"), p.id(),
					offerId, "Cocok untuk mulai mencatat omzet harian dan menerima QRIS di lapak sarapan."));
	}

}

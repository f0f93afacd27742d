package id.jakpreneur.portal.licensing.domain;

import java.time.Clock;
import java.time.LocalDate;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.licensing.LicenceStatus;
import id.jakpreneur.portal.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo entrepreneur's licence route half walked: the NIB of her profile recorded and verified by the demo
 * officer, the PKP course in process, her SPP-IRT returned by the officer with a reason she can correct on
 * {@code /me/licences}, halal still ahead; {@code /officer/licences} is empty until she records one again. Only in demo mode; idempotent, all or nothing.
 */
@Component
@Order(22)
@ConditionalOnBooleanProperty("jakpreneur.demo.enabled")
class DemoLicences implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoLicences.class);

	private final Licences licences;

	private final ParticipantRecords participants;

	private final AccountManagement accounts;

	private final LicenceRepository rows;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoLicences(Licences licences, ParticipantRecords participants, AccountManagement accounts, LicenceRepository rows,
			TransactionTemplate transaction, Clock clock) {
		this.clock = clock;
		this.licences = licences;
		this.participants = participants;
		this.accounts = accounts;
		this.rows = rows;
		this.transaction = transaction;
	}

	@Override
	public void createDemoData() {
		PortalUser siti = (PortalUser) accounts.loadUserByUsername("warga@demo.local");
		participants.ofAccount(siti.accountId()).ifPresent(p -> {
			if (rows.existsByParticipantId(p.id())) {
				return;
			}
			String nib = p.business().licences().getOrDefault(LicenceType.NIB, "9120301234567");
			transaction.executeWithoutResult(status -> {
				PortalUser officer = (PortalUser) accounts.loadUserByUsername("officer@demo.local");
				licences.record(siti, new LicenceDraft(LicenceType.NIB, null, LicenceStatus.ISSUED, nib,
						LocalDate.now(clock).minusMonths(8), null));
				licences.record(siti, new LicenceDraft(LicenceType.PKP, null, LicenceStatus.IN_PROCESS, null, null, null));
				long id = rows.findByParticipantIdAndType(p.id(), LicenceType.NIB).orElseThrow().getId();
				licences.verify(officer, p.id(), id);
				// her SPP-IRT sent with a number the officer cannot match: returned with a reason she can correct
				long spp = licences.record(siti, new LicenceDraft(LicenceType.SPP_IRT, null, LicenceStatus.ISSUED,
						"2093171010123", LocalDate.now(clock).minusMonths(2), null));
				licences.returnLicence(officer, p.id(), spp, "Nomor SPP-IRT kurang dua digit terakhir (kode tahun). "
						+ "Periksa sertifikat dan lampirkan fotonya.");
			});
			log.info("Demo mode is on: demo licences recorded for {}", p.fullName());
		});
	}

}

package id.jakpreneur.portal.assessment.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.assessment.AssessmentSummary;
import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.assessment.policy.MainObstacle;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.SalesChannel;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Gives the demo entrepreneur (warga@demo.local, Nasi Uduk Bu Siti) one assessment, as if she had answered the
 * questionnaire, so that {@code /me} shows a phase in demo mode. Idempotent: she is assessed only while she has
 * no assessment.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("jakpreneur.demo.enabled")
class DemoAssessments implements DemoData {

	static final String EMAIL = "warga@demo.local";

	private static final Logger log = LoggerFactory.getLogger(DemoAssessments.class);

	private final AccountManagement accounts;

	private final ParticipantRecords records;

	private final Assessments assessments;

	private final Assessing assessing;

	DemoAssessments(AccountManagement accounts, ParticipantRecords records, Assessments assessments,
			Assessing assessing) {
		this.accounts = accounts;
		this.records = records;
		this.assessments = assessments;
		this.assessing = assessing;
	}

	@Override
	public void createDemoData() {
		PortalUser siti;
		try {
			siti = (PortalUser) accounts.loadUserByUsername(EMAIL);
		}
		catch (UsernameNotFoundException ex) {
			return;
		}
		records.ofAccount(siti.accountId())
			.filter(p -> assessments.currentPhase(p.id()).isEmpty())
			.ifPresent(p -> {
				AssessmentSummary result = assessing.selfAssess(siti, answers());
				log.info("Demo mode is on: demo entrepreneur assessed as {} on track {}", result.phase(), result.track());
			});
	}

	/** A kuliner seller of three years with an NIB but no SPP-IRT, selling offline and on social media. */
	static Answers answers() {
		return new Answers(BusinessStage.RUNNING, LocalDate.of(2023, 6, 1), Sector.KULINER, true, 9_000_000, 4_500_000, 1,
				Map.of(LicenceType.NIB, "9120301234567"), true, false, true,
				EnumSet.of(SalesChannel.OFFLINE, SalesChannel.SOCIAL_MEDIA), false, false, false, true,
				MainObstacle.MARKETING);
	}

}

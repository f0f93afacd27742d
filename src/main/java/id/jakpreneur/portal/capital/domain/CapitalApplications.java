package id.jakpreneur.portal.capital.domain;

import java.util.List;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.entrepreneur.RegistrationStatus;
import id.jakpreneur.portal.licensing.ParticipantLicences;
import id.jakpreneur.portal.partner.CapitalApplication;
import id.jakpreneur.portal.partner.Referrals;
import id.jakpreneur.portal.reporting.MonthlyReports;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.training.TrainingRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * P7 Permodalan on the programme's side: the participant's capital readiness from their reports, licences and
 * phase, and the referral pack of an application. The application itself is a referral to a partner's capital
 * offer ({@link Referrals#apply}), whose pipeline the partner or an officer moves.
 */
@Service
@Transactional(readOnly = true)
public class CapitalApplications {

	private final ParticipantRecords participants;

	private final Assessments assessments;

	private final ParticipantLicences licences;

	private final MonthlyReports reports;

	private final Referrals referrals;

	private final TrainingRecords training;

	CapitalApplications(ParticipantRecords participants, Assessments assessments, ParticipantLicences licences,
			MonthlyReports reports, Referrals referrals, TrainingRecords training) {
		this.participants = participants;
		this.assessments = assessments;
		this.licences = licences;
		this.reports = reports;
		this.referrals = referrals;
		this.training = training;
	}

	public CapitalReadiness readiness(ParticipantView participant) {
		return CapitalReadiness.of(participant.status() == RegistrationStatus.VALIDATED,
				assessments.currentPhase(participant.id()), licences.of(participant), reports.overview(participant.id()));
	}

	/**
	 * The pack of one capital application, for those who may see the application: the participant, the partner's
	 * contact, officers of the area, administrators. Anyone else, or a referral that is no capital application, gets
	 * "not found".
	 */
	public CapitalPack pack(PortalUser viewer, long referralId) {
		CapitalApplication application = referrals.capitalApplication(viewer, referralId)
			.orElseThrow(NotFoundException::new);
		ParticipantView participant = participants.referred(application.referral().participantId());
		List<String> certificates = training.certificatesOf(participant.id());
		return new CapitalPack(application, participant, assessments.currentPhase(participant.id()),
				licences.of(participant), reports.overview(participant.id()), certificates, readiness(participant));
	}

}

package id.jakpreneur.portal.capital.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.document.DocumentContent;
import id.jakpreneur.portal.document.DocumentPurpose;
import id.jakpreneur.portal.document.Documents;
import id.jakpreneur.portal.document.StoredDocument;
import org.springframework.web.multipart.MultipartFile;

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

	private final Documents documents;

	CapitalApplications(ParticipantRecords participants, Assessments assessments, ParticipantLicences licences,
			MonthlyReports reports, Referrals referrals, TrainingRecords training, Documents documents) {
		this.documents = documents;
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
		CapitalApplication application = application(viewer, referralId);
		ParticipantView participant = participants.referred(application.referral().participantId());
		List<String> certificates = training.certificatesOf(participant.id());
		return new CapitalPack(application, participant, assessments.currentPhase(participant.id()),
				licences.of(participant), reports.overview(participant.id()), certificates, readiness(participant),
				documents.of(DocumentPurpose.CAPITAL_APPLICATION, referralId));
	}

	/**
	 * The participant adds a document (a bank statement, a quote...) to her own open application.
	 * @throws NotFoundException when it is not her application or no longer open
	 * @throws id.jakpreneur.portal.document.DocumentRefusedException when the file is refused (field message)
	 */
	@Transactional
	public StoredDocument attach(PortalUser participant, long referralId, MultipartFile file) {
		if (participant.role() != Role.ENTREPRENEUR) {
			throw new NotFoundException();
		}
		CapitalApplication application = application(participant, referralId);
		if (!application.referral().status().isOpen()) {
			throw new NotFoundException();
		}
		return documents.attach(application.referral().participantId(), DocumentPurpose.CAPITAL_APPLICATION, referralId,
				file, participant.accountId());
	}

	/**
	 * A document of an application, for whoever may see the application (a partner only while the participant
	 * consents to share it); any other document is "not found".
	 */
	public DocumentContent document(PortalUser viewer, long referralId, long documentId) {
		application(viewer, referralId);
		DocumentContent content = documents.content(documentId);
		if (content.meta().purpose() != DocumentPurpose.CAPITAL_APPLICATION || content.meta().subjectId() != referralId) {
			throw new NotFoundException();
		}
		return content;
	}

	/** The documents of these applications, in one query: referral id to documents. */
	public Map<Long, List<StoredDocument>> documentsOf(Collection<Long> referralIds) {
		return documents.of(DocumentPurpose.CAPITAL_APPLICATION, referralIds);
	}

	private CapitalApplication application(PortalUser viewer, long referralId) {
		return referrals.capitalApplication(viewer, referralId).orElseThrow(NotFoundException::new);
	}

}

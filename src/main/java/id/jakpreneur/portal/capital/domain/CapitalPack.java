package id.jakpreneur.portal.capital.domain;

import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.document.StoredDocument;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.licensing.LicenceLine;
import id.jakpreneur.portal.partner.CapitalApplication;
import id.jakpreneur.portal.reporting.ReportOverview;

/**
 * The referral pack of a capital application, generated from the participant's data: who (NIK masked), the
 * business, the phase, the licences, the last twelve months of reports, the certificates, the application and its documents.
 */
public record CapitalPack(CapitalApplication application, ParticipantView participant, Optional<Phase> phase,
		List<LicenceLine> licences, ReportOverview reports, List<String> certificates, CapitalReadiness readiness,
		List<StoredDocument> documents) {
}

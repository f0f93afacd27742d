package id.jakpreneur.portal.entrepreneur.domain;

import java.util.Optional;

import id.jakpreneur.portal.entrepreneur.ConsentPurpose;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsentRepository extends JpaRepository<Consent, Long> {

	/** The active consent to this purpose and reference (a null reference matches only a consent without one). */
	Optional<Consent> findByParticipantIdAndPurposeAndReferenceIdAndWithdrawnAtIsNull(long participantId,
			ConsentPurpose purpose, Long referenceId);

}

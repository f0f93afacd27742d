package id.jakpreneur.portal.licensing.domain;

import java.util.Optional;

import id.jakpreneur.portal.entrepreneur.LicenceType;
import org.springframework.data.jpa.repository.JpaRepository;

interface LicenceRepository extends JpaRepository<Licence, Long> {

	Optional<Licence> findByParticipantIdAndType(long participantId, LicenceType type);

	Optional<Licence> findByIdAndParticipantId(long id, long participantId);

	boolean existsByParticipantId(long participantId);

}

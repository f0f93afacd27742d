package id.jakpreneur.portal.entrepreneur.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ParticipantRepository extends JpaRepository<Participant, Long> {

	@EntityGraph(attributePaths = { "channels", "licences" })
	Optional<Participant> findByAccountId(long accountId);

	@EntityGraph(attributePaths = { "channels", "licences" })
	Optional<Participant> findWithDetailsById(long id);

	boolean existsByNikHash(byte[] nikHash);

}

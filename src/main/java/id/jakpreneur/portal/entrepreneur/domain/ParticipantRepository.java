package id.jakpreneur.portal.entrepreneur.domain;

import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ParticipantRepository extends JpaRepository<Participant, Long> {

	@EntityGraph(attributePaths = { "channels", "licences" })
	Optional<Participant> findByAccountId(long accountId);

	@EntityGraph(attributePaths = { "channels", "licences" })
	Optional<Participant> findWithDetailsById(long id);

	boolean existsByNikHash(byte[] nikHash);

	/**
	 * Writes the participant now, so that the NIK's unique keyed hash decides between two registrations or
	 * corrections to one NIK.
	 * @throws NikTakenException when another participant holds the NIK
	 */
	default Participant saveWithUniqueNik(Participant participant) {
		try {
			return saveAndFlush(participant);
		}
		catch (DataIntegrityViolationException ex) {
			if (String.valueOf(ex.getMessage()).contains("participant_nik_hash_uq")) {
				throw new NikTakenException();
			}
			throw ex;
		}
	}

}

package id.jakpreneur.portal.entrepreneur.domain;

import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ParticipantRepository extends JpaRepository<Participant, Long> {

	@EntityGraph(attributePaths = { "channels", "licences" })
	Optional<Participant> findByAccountId(long accountId);

	/**
	 * The participant with their channels and licences in one statement. Written as a fetch join rather than an
	 * entity graph: Hibernate caches the plan of this query, while a query with an entity graph was interpreted anew on
	 * every call (a sixth of the officer's participant page, decision 116).
	 */
	@Query("select p from Participant p left join fetch p.channels left join fetch p.licences where p.id = :id")
	Optional<Participant> findWithDetailsById(long id);

	boolean existsByNikHash(byte[] nikHash);

	/**
	 * The id of a participant about to be registered, taken from the table's identity sequence before the row is
	 * written, because the NIK and KK ciphertexts are bound to it.
	 */
	@Query(value = "select nextval(pg_get_serial_sequence('participant', 'id'))", nativeQuery = true)
	long reserveId();

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

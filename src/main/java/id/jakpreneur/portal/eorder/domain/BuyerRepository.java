package id.jakpreneur.portal.eorder.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BuyerRepository extends JpaRepository<Buyer, Long> {

	Optional<Buyer> findByAccountId(long accountId);

	Optional<Buyer> findByIdAndOrganisationId(long id, long organisationId);

	boolean existsByEmail(String email);

}

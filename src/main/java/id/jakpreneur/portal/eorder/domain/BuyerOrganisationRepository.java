package id.jakpreneur.portal.eorder.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BuyerOrganisationRepository extends JpaRepository<BuyerOrganisation, Long> {

	@Query("select o from BuyerOrganisation o where lower(o.name) = lower(:name)")
	Optional<BuyerOrganisation> findByNameIgnoringCase(String name);

}

package id.jakpreneur.portal.entrepreneur.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistrationClaimRepository extends JpaRepository<RegistrationClaim, Long> {

}

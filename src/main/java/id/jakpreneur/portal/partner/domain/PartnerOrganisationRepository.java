package id.jakpreneur.portal.partner.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerOrganisationRepository extends JpaRepository<PartnerOrganisation, Long> {
}

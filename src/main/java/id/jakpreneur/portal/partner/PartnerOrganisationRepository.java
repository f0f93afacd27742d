package id.jakpreneur.portal.partner;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerOrganisationRepository extends JpaRepository<PartnerOrganisation, Long> {
}

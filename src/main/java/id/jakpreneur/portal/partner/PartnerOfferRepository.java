package id.jakpreneur.portal.partner;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerOfferRepository extends JpaRepository<PartnerOffer, Long> {

	Optional<PartnerOffer> findByIdAndPartnerId(long id, long partnerId);

}

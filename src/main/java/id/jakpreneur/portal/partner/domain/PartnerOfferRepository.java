package id.jakpreneur.portal.partner.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerOfferRepository extends JpaRepository<PartnerOffer, Long> {

	Optional<PartnerOffer> findByIdAndPartnerId(long id, long partnerId);

}

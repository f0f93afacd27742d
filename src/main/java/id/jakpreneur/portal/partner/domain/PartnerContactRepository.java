package id.jakpreneur.portal.partner.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerContactRepository extends JpaRepository<PartnerContact, Long> {

	List<PartnerContact> findByPartnerIdOrderByFullName(long partnerId);

	Optional<PartnerContact> findByIdAndPartnerId(long id, long partnerId);

	Optional<PartnerContact> findByAccountId(long accountId);

	boolean existsByPartnerIdAndEmail(long partnerId, String email);

}

package id.jakpreneur.portal.partner.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferralEventRepository extends JpaRepository<ReferralEvent, Long> {
}

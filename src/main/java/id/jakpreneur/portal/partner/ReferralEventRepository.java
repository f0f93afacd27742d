package id.jakpreneur.portal.partner;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralEventRepository extends JpaRepository<ReferralEvent, Long> {
}

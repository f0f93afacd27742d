package id.jakpreneur.portal.entrepreneur.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentRepository extends JpaRepository<Consent, Long> {
}

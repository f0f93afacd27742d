package id.jakpreneur.portal.breach.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface BreachIncidentRepository extends JpaRepository<BreachIncident, Long> {
}

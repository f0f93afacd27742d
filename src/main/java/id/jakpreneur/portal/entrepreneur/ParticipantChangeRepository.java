package id.jakpreneur.portal.entrepreneur;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantChangeRepository extends JpaRepository<ParticipantChange, Long> {
}

package id.jakpreneur.portal.entrepreneur.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ParticipantChangeRepository extends JpaRepository<ParticipantChange, Long> {
}

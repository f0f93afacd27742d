package id.jakpreneur.portal.training.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {
}

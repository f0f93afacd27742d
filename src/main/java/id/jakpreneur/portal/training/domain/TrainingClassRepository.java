package id.jakpreneur.portal.training.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingClassRepository extends JpaRepository<TrainingClass, Long> {
}

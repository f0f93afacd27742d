package id.jakpreneur.portal.programme;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingClassRepository extends JpaRepository<TrainingClass, Long> {
}

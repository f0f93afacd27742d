package id.jakpreneur.portal.mentoring.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface MentoringSessionRepository extends JpaRepository<MentoringSession, Long> {
}

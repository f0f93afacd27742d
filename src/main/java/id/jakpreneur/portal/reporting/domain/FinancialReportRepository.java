package id.jakpreneur.portal.reporting.domain;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FinancialReportRepository extends JpaRepository<FinancialReport, Long> {

	Optional<FinancialReport> findByParticipantIdAndReportMonth(long participantId, LocalDate reportMonth);

}

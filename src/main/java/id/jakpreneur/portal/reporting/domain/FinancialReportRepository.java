package id.jakpreneur.portal.reporting.domain;

import java.time.LocalDate;

import org.springframework.data.jpa.repository.JpaRepository;

interface FinancialReportRepository extends JpaRepository<FinancialReport, Long> {

	boolean existsByParticipantIdAndReportMonth(long participantId, LocalDate reportMonth);

}

package id.jakpreneur.portal.assessment.domain;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Reads the steps of every agency, in each agency's order (reference data, read once at start-up). */
public interface AgencyStepRepository extends Repository<AgencyStep, AgencyStep.Key> {

	List<AgencyStep> findAllByOrderByAgencyCodeAscPositionAsc();

}

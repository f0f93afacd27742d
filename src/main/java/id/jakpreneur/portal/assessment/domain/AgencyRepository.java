package id.jakpreneur.portal.assessment.domain;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Reads the fostering agencies, by code (reference data, read once at start-up). */
public interface AgencyRepository extends Repository<Agency, String> {

	List<Agency> findAllByOrderByCode();

}

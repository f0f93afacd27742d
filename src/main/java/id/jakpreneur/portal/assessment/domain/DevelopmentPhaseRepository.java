package id.jakpreneur.portal.assessment.domain;

import java.util.List;

import id.jakpreneur.portal.assessment.Phase;
import org.springframework.data.repository.Repository;

/** Reads the phases, in the order of progress (reference data, read once at start-up). */
public interface DevelopmentPhaseRepository extends Repository<DevelopmentPhase, Phase> {

	List<DevelopmentPhase> findAllByOrderByPosition();

}

package id.jakpreneur.portal.assessment.domain;

import java.util.List;

import id.jakpreneur.portal.assessment.Track;
import org.springframework.data.repository.Repository;

/** Reads the tracks, in their order (reference data, read once at start-up). */
public interface MentoringTrackRepository extends Repository<MentoringTrack, Track> {

	List<MentoringTrack> findAllByOrderByPosition();

}

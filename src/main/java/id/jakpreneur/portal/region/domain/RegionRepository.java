package id.jakpreneur.portal.region.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegionRepository extends JpaRepository<Region, String> {

	List<Region> findAllByOrderByCode();

}

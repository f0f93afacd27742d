package id.jakpreneur.portal.outlet.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlaceRepository extends JpaRepository<Place, Long> {

	boolean existsByOutletIdAndCodeIgnoreCase(long outletId, String code);

}

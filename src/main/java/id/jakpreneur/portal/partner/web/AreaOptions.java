package id.jakpreneur.portal.partner.web;

import java.util.List;
import java.util.stream.Stream;

import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.region.RegionView;
import org.springframework.stereotype.Component;

/** Kota followed by their kecamatan, for the area pickers of offers. */
@Component
class AreaOptions {

	private final List<RegionView> areas;

	AreaOptions(RegionDirectory regions) {
		this.areas = regions.cities()
			.stream()
			.flatMap(city -> Stream.concat(Stream.of(city), regions.childrenOf(city.code()).stream()))
			.toList();
	}

	List<RegionView> all() {
		return areas;
	}

}

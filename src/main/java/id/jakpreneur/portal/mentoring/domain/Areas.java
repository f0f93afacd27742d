package id.jakpreneur.portal.mentoring.domain;

import java.util.Set;
import java.util.TreeSet;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.region.RegionLevel;
import id.jakpreneur.portal.region.RegionView;
import org.springframework.stereotype.Component;

/** An officer's area as the kecamatan it holds, so that one indexed column ({@code district_code}) decides. */
@Component
public class Areas {

	private final RegionDirectory regions;

	Areas(RegionDirectory regions) {
		this.regions = regions;
	}

	/** The kecamatan of the user's area; every kecamatan for an administrator. */
	public Set<String> districtsOf(PortalUser user) {
		Set<String> districts = new TreeSet<>();
		if (user.role() == Role.ADMIN) {
			regions.districts().forEach(d -> districts.add(d.code()));
			return districts;
		}
		return regions.districtsWithin(user.areaCodes());
	}

	public boolean isDistrict(String code) {
		return regions.exists(code, RegionLevel.DISTRICT);
	}

	/** The kecamatan of the same kota as the given kecamatan (itself included). */
	public Set<String> siblingsOf(String districtCode) {
		Set<String> siblings = new TreeSet<>();
		regions.find(districtCode)
			.map(RegionView::parentCode)
			.ifPresent(city -> regions.childrenOf(city).forEach(d -> siblings.add(d.code())));
		siblings.add(districtCode);
		return siblings;
	}

	public String nameOf(String code) {
		return regions.nameOf(code);
	}

}

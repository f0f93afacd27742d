package id.jakpreneur.portal.region;

import id.jakpreneur.portal.region.domain.Region;
import id.jakpreneur.portal.region.domain.RegionRepository;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * Looks up regions. The 318 rows are reference data that only a migration changes, so they are read
 * once at start-up and served from memory: no query per lookup, and pickers never cost a round trip.
 */
@Service
public class RegionDirectory {

	private final Map<String, RegionView> byCode;

	/** The lists pages ask for on every request (pickers, filters), sorted once. */
	private final Map<RegionLevel, List<RegionView>> byLevel;

	private final Map<String, List<RegionView>> childrenByParent;

	RegionDirectory(RegionRepository regions) {
		this.byCode = regions.findAllByOrderByCode()
			.stream()
			.map(Region::toView)
			.collect(Collectors.toMap(RegionView::code, r -> r, (a, b) -> a, LinkedHashMap::new));
		List<RegionView> byName = byCode.values().stream().sorted(Comparator.comparing(RegionView::name)).toList();
		this.byLevel = byName.stream().collect(Collectors.groupingBy(RegionView::level, Collectors.toUnmodifiableList()));
		this.childrenByParent = byName.stream()
			.filter(r -> r.parentCode() != null)
			.collect(Collectors.groupingBy(RegionView::parentCode, Collectors.toUnmodifiableList()));
	}

	public Optional<RegionView> find(String code) {
		return Optional.ofNullable(code == null ? null : byCode.get(code));
	}

	public String nameOf(String code) {
		return find(code).map(RegionView::name).orElse(code);
	}

	public boolean exists(String code, RegionLevel level) {
		return find(code).filter(r -> r.level() == level).isPresent();
	}

	/** Kota/kabupaten, by name. */
	public List<RegionView> cities() {
		return ofLevel(RegionLevel.CITY);
	}

	public List<RegionView> districts() {
		return ofLevel(RegionLevel.DISTRICT);
	}

	public List<RegionView> villages() {
		return ofLevel(RegionLevel.VILLAGE);
	}

	/** Direct children of a region, by name. */
	public List<RegionView> childrenOf(String parentCode) {
		return parentCode == null ? List.of() : childrenByParent.getOrDefault(parentCode, List.of());
	}

	/** Names for a set of codes, in code order; unknown codes are shown as they are. */
	public List<String> namesOf(Collection<String> codes) {
		return codes.stream().sorted().map(this::nameOf).toList();
	}

	/**
	 * The one area-scoping rule: the kecamatan codes an area covers, kota codes expanded to their kecamatan and
	 * kecamatan codes kept (kelurahan and unknown codes cover nothing), so that one indexed column
	 * ({@code district_code}) decides whether a row is in the area. Sorted by code.
	 */
	public Set<String> districtsWithin(Collection<String> areaCodes) {
		Set<String> districts = new TreeSet<>();
		for (String code : areaCodes) {
			if (exists(code, RegionLevel.CITY)) {
				childrenOf(code).forEach(d -> districts.add(d.code()));
			}
			else if (exists(code, RegionLevel.DISTRICT)) {
				districts.add(code);
			}
		}
		return districts;
	}

	private List<RegionView> ofLevel(RegionLevel level) {
		return byLevel.getOrDefault(level, List.of());
	}

}

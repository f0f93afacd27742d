package id.jakpreneur.portal.region;

import static org.assertj.core.api.Assertions.assertThat;

import id.jakpreneur.portal.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

@DataJpaTest
@PostgresTest
@Import(RegionDirectory.class)
class RegionDirectoryTests {

	@Autowired
	RegionDirectory regions;

	@Test
	void loadsAllOfDkiJakartaFromTheMigration() {
		assertThat(regions.cities()).hasSize(6);
		assertThat(regions.districts()).hasSize(44);
		assertThat(regions.villages()).hasSize(267);
	}

	@Test
	void knowsTheHierarchy() {
		assertThat(regions.childrenOf("31.71")).extracting(RegionView::name).contains("Gambir", "Menteng");
		assertThat(regions.find("31.71.01.1001")).get()
			.satisfies(r -> assertThat(r.parentCode()).isEqualTo("31.71.01"));
		assertThat(regions.exists("31.71.01", RegionLevel.DISTRICT)).isTrue();
		assertThat(regions.exists("31.71.01", RegionLevel.CITY)).isFalse();
		assertThat(regions.find("32.01")).isEmpty();
	}

	@Test
	void anAreaCoversTheDistrictsOfItsCitiesAndItsOwnDistricts() {
		assertThat(regions.districtsWithin(java.util.List.of("31.01", "31.71.01", "31.71.01.1001", "32.01")))
			.containsExactly("31.01.01", "31.01.02", "31.71.01");
		assertThat(regions.districtsWithin(java.util.List.of())).isEmpty();
	}

	@Test
	void everyVillageSitsInADistrictOfACity() {
		assertThat(regions.villages()).allSatisfy(v -> {
			RegionView district = regions.find(v.parentCode()).orElseThrow();
			assertThat(district.level()).isEqualTo(RegionLevel.DISTRICT);
			assertThat(regions.find(district.parentCode()).orElseThrow().level()).isEqualTo(RegionLevel.CITY);
		});
	}

}

package id.jakpreneur.portal.licensing;

import static id.jakpreneur.portal.entrepreneur.LicenceType.BPOM;
import static id.jakpreneur.portal.entrepreneur.LicenceType.HAKI;
import static id.jakpreneur.portal.entrepreneur.LicenceType.HALAL;
import static id.jakpreneur.portal.entrepreneur.LicenceType.NIB;
import static id.jakpreneur.portal.entrepreneur.LicenceType.PKP;
import static id.jakpreneur.portal.entrepreneur.LicenceType.SPP_IRT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.licensing.domain.LicenceRoute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The licence route by sector and products, and how the route, the register and the profile are joined. */
class LicenceRouteTests {

	static Stream<Arguments> routes() {
		return Stream.of(
				Arguments.of(Sector.KULINER, "Kue kering dan keripik singkong", List.of(NIB, PKP, SPP_IRT, HALAL, HAKI)),
				Arguments.of(Sector.KULINER, "Sambal bawang botol", List.of(NIB, PKP, SPP_IRT, HALAL, HAKI)),
				Arguments.of(Sector.KULINER, "Aneka makanan ringan", List.of(NIB, PKP, SPP_IRT, HALAL, HAKI)),
				Arguments.of(Sector.KULINER, "Susu kedelai", List.of(NIB, BPOM, HALAL, HAKI)),
				Arguments.of(Sector.KULINER, "Yoghurt buah", List.of(NIB, BPOM, HALAL, HAKI)),
				Arguments.of(Sector.KULINER, "Daging rendang kemasan", List.of(NIB, BPOM, HALAL, HAKI)),
				Arguments.of(Sector.KULINER, "Nugget IKAN tenggiri", List.of(NIB, BPOM, HALAL, HAKI)),
				Arguments.of(Sector.KULINER, "Dimsum frozen", List.of(NIB, BPOM, HALAL, HAKI)),
				Arguments.of(Sector.KULINER, null, List.of(NIB, PKP, SPP_IRT, HALAL, HAKI)),
				Arguments.of(Sector.FESYEN, "Batik Betawi", List.of(NIB, HAKI)),
				Arguments.of(Sector.FESYEN, "Kaos sablon susu", List.of(NIB, HAKI)),
				Arguments.of(Sector.KRIYA, "Tas anyaman", List.of(NIB, HAKI)),
				Arguments.of(Sector.JASA, "Laundry kiloan", List.of(NIB, HAKI)),
				Arguments.of(Sector.AGRIBISNIS, "Bibit ikan lele", List.of(NIB, HAKI)),
				Arguments.of(Sector.LAINNYA, "", List.of(NIB, HAKI)));
	}

	@ParameterizedTest(name = "{0} \"{1}\" → {2}")
	@MethodSource("routes")
	void routeFollowsSectorAndProducts(Sector sector, String products, List<LicenceType> expected) {
		List<LicenceRoute.Step> route = LicenceRoute.of(sector, products);
		assertThat(route).extracting(LicenceRoute.Step::type).containsExactlyElementsOf(expected);
		assertThat(route).filteredOn(s -> !s.required()).extracting(LicenceRoute.Step::type).containsExactly(HAKI);
	}

	@Test
	void nextIsTheFirstRequiredLicenceNotIssuedAndVerified() {
		Map<LicenceType, LicenceLine> recorded = new EnumMap<>(LicenceType.class);
		recorded.put(NIB, recorded(NIB, LicenceStatus.ISSUED, true));
		recorded.put(PKP, recorded(PKP, LicenceStatus.ISSUED, false));
		List<LicenceLine> lines = LicenceRoute.lines(LicenceRoute.of(Sector.KULINER, "Kue"), recorded,
				Map.of(HALAL, "ID31110000123"));

		assertThat(lines).extracting(LicenceLine::type).containsExactly(NIB, PKP, SPP_IRT, HALAL, HAKI);
		assertThat(lines).filteredOn(LicenceLine::next).extracting(LicenceLine::type).containsExactly(PKP);
		assertThat(lines.get(2).status()).isEqualTo(LicenceStatus.NEEDED);
		assertThat(lines.get(3).declaredNumber()).isEqualTo("ID31110000123");
		assertThat(lines.get(4).status()).isEqualTo(LicenceStatus.NOT_NEEDED);
		assertThat(LicenceRoute.routeDone(lines)).isFalse();
	}

	@Test
	void routeIsDoneWhenEveryRequiredLicenceIsIssuedAndVerifiedWhateverTheOptionalOnes() {
		Map<LicenceType, LicenceLine> recorded = new EnumMap<>(LicenceType.class);
		recorded.put(NIB, recorded(NIB, LicenceStatus.ISSUED, true));
		recorded.put(LicenceType.OTHER, recorded(LicenceType.OTHER, LicenceStatus.IN_PROCESS, false));
		List<LicenceLine> lines = LicenceRoute.lines(LicenceRoute.of(Sector.KRIYA, "Tas"), recorded, Map.of());

		assertThat(lines).extracting(LicenceLine::type).containsExactly(NIB, HAKI, LicenceType.OTHER);
		assertThat(lines).noneMatch(LicenceLine::next);
		assertThat(LicenceRoute.routeDone(lines)).isTrue();
	}

	@Test
	void expiredOrUnverifiedLicencesDoNotCount() {
		Map<LicenceType, LicenceLine> recorded = new EnumMap<>(LicenceType.class);
		recorded.put(NIB, recorded(NIB, LicenceStatus.EXPIRED, true));
		assertThat(LicenceRoute.routeDone(LicenceRoute.lines(LicenceRoute.of(Sector.JASA, ""), recorded, Map.of()))).isFalse();
		recorded.put(NIB, recorded(NIB, LicenceStatus.ISSUED, false));
		assertThat(LicenceRoute.routeDone(LicenceRoute.lines(LicenceRoute.of(Sector.JASA, ""), recorded, Map.of()))).isFalse();
	}

	@Test
	void anIssuedLicencePastItsExpiryDateIsExpired() {
		java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 27);
		assertThat(LicenceStatus.recorded("ISSUED", today.minusDays(1), today)).isEqualTo(LicenceStatus.EXPIRED);
		assertThat(LicenceStatus.recorded("ISSUED", today, today)).isEqualTo(LicenceStatus.ISSUED);
		assertThat(LicenceStatus.recorded("ISSUED", null, today)).isEqualTo(LicenceStatus.ISSUED);
		assertThat(LicenceStatus.recorded("IN_PROCESS", today.minusDays(1), today)).isEqualTo(LicenceStatus.IN_PROCESS);
	}

	private static LicenceLine recorded(LicenceType type, LicenceStatus status, boolean verified) {
		return new LicenceLine(1L, type, type == LicenceType.OTHER ? "Izin lain" : null, false, false, false, status,
				"123", null, null, verified ? "Petugas" : null, verified ? Instant.now() : null, null,
				verified ? LicenceState.VERIFIED : LicenceState.SUBMITTED, null);
	}

}

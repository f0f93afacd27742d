package id.jakpreneur.portal.outlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.jakpreneur.portal.outlet.domain.ApplicantRanking;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.PhotoType;
import id.jakpreneur.portal.outlet.domain.PhotoUpload;
import id.jakpreneur.portal.outlet.domain.RevenueShare;
import id.jakpreneur.portal.outlet.domain.Rotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The other pure rules of outlets: money due, the ranking, the rotation count and the photo types. */
class OutletRulesTests {

	@ParameterizedTest(name = "Rp {0} at {1}% + fee {2} = share {3}")
	@CsvSource({
			"0,          20,    0,         0",
			"12345,      20,    0,         2469",
			"10001,      2.5,   0,         250",
			"10020,      2.5,   0,         251",
			"10,         5,     0,         1",
			"9,          5,     0,         0",
			"2450000,    20,    0,         490000",
			"2450000,    0,     1500000,   0",
			"3333333,    33.33, 250000,    1111000",
			"1000000000000, 100, 0,        1000000000000",
	})
	void theShareIsRoundedHalfUpToTheRupiahOnce(long sales, BigDecimal percent, long fee, long share) {
		RevenueShare.Due due = RevenueShare.due(sales, percent, fee);
		assertThat(due.share()).isEqualTo(share);
		assertThat(due.fee()).isEqualTo(fee);
		assertThat(due.total()).isEqualTo(fee + share);
	}

	@Test
	void impossibleShareInputsAreRefused() {
		assertThatThrownBy(() -> RevenueShare.share(-1, BigDecimal.TEN)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> RevenueShare.share(1, new BigDecimal("100.01")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void rankingPutsGradeFirstThenNewcomersThenLocalsThenRotationThenWaitingThenArrival() {
		Instant t = Instant.parse("2026-11-01T01:00:00Z");
		LocalDate long1 = LocalDate.of(2026, 1, 31);
		LocalDate recent = LocalDate.of(2026, 10, 31);
		List<ApplicantRanking.Applicant> applicants = List.of(
				new ApplicantRanking.Applicant(1, Grade.B, false, true, 0, null, t),
				new ApplicantRanking.Applicant(2, Grade.A, true, true, 0, long1, t),
				new ApplicantRanking.Applicant(3, Grade.A, false, false, 0, null, t),
				new ApplicantRanking.Applicant(4, Grade.A, false, true, 0, null, t.plusSeconds(60)),
				new ApplicantRanking.Applicant(5, Grade.A, false, true, 0, null, t),
				new ApplicantRanking.Applicant(6, Grade.A, true, true, 1, long1, t),
				new ApplicantRanking.Applicant(7, Grade.A, true, true, 0, recent, t),
				new ApplicantRanking.Applicant(8, Grade.C, false, true, 0, null, t),
				new ApplicantRanking.Applicant(9, Grade.A, false, true, 0, null, t));
		assertThat(ApplicantRanking.rank(applicants).stream().map(ApplicantRanking.Applicant::applicationId))
			.containsExactly(5L, 9L, 4L, 3L, 2L, 7L, 6L, 1L, 8L);
	}

	@ParameterizedTest(name = "earlier calls {0}, booked {1}: {2} in a row")
	@CsvSource({ "'', '', 0", "9;8;7, '', 0", "9;8;7, 9, 1", "9;8;7, 9;8, 2", "9;8;7, 8;7, 0", "9;8;7, 9;7, 1",
			"9;8;7, 9;8;7, 3" })
	void rotationCountsOnlyTheUnbrokenRunBeforeTheCall(String earlier, String booked, int expected) {
		assertThat(Rotation.consecutive(longs(earlier), Set.copyOf(longs(booked)))).isEqualTo(expected);
	}

	private static List<Long> longs(String text) {
		return text.isBlank() ? List.of()
				: java.util.Arrays.stream(text.split(";")).map(Long::valueOf).toList();
	}

	@Test
	void photosAreRecognisedByTheirFirstBytes() {
		assertThat(PhotoType.detect(PhotoFixtures.png())).contains(PhotoType.PNG);
		assertThat(PhotoType.detect(PhotoFixtures.jpeg())).contains(PhotoType.JPEG);
		assertThat(PhotoType.detect(PhotoFixtures.webp())).as("WebP is no longer accepted").isEmpty();
		assertThat(PhotoType.detect("GIF89a......".getBytes())).isEmpty();
		assertThat(PhotoType.detect("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes())).isEmpty();
		assertThat(PhotoType.detect("<html><script>alert(1)</script>".getBytes())).isEmpty();
		assertThat(PhotoType.detect(PhotoFixtures.withHead(new byte[] { 'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'A', 'V',
				'E' }, 32))).isEmpty();
		assertThat(PhotoType.detect(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isEmpty();
		assertThat(PhotoType.detect(new byte[0])).isEmpty();
	}

	@Test
	void photosAreRefusedWhenEmptyTooLargeOrOfAnotherType() {
		assertThatThrownBy(() -> PhotoUpload.clean(new byte[0])).hasMessage("outlet.photo.required");
		assertThatThrownBy(() -> PhotoUpload.clean(PhotoFixtures.withHead(PhotoFixtures.jpeg(), PhotoType.MAX_BYTES + 1)))
			.hasMessage("outlet.photo.tooLarge");
		assertThatThrownBy(() -> PhotoUpload.clean("%PDF-1.7".getBytes())).hasMessage("outlet.photo.type");
		assertThatThrownBy(() -> PhotoUpload.clean(PhotoFixtures.jpegHeadOnly())).hasMessage("outlet.photo.type");
		assertThat(PhotoUpload.clean(PhotoFixtures.withHead(PhotoFixtures.jpeg(), PhotoType.MAX_BYTES)).type())
			.isEqualTo(PhotoType.JPEG);
	}

}

package id.jakpreneur.portal.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import id.jakpreneur.portal.dashboard.web.DashboardTable.Percent;
import org.junit.jupiter.api.Test;

/**
 * The dashboard writes its numbers without java.util.Formatter (decision 116): every number, percentage and decimal
 * must read exactly as String.format wrote it before, in each language the portal speaks and in others.
 */
class GroupedNumbersTests {

	private static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("id"), Locale.forLanguageTag("id-ID"),
			Locale.ENGLISH, Locale.US, Locale.GERMANY, Locale.FRANCE, Locale.forLanguageTag("hi-IN"),
			Locale.forLanguageTag("ar-EG"));

	@Test
	void integersReadAsTheFormatterWroteThem() {
		SplittableRandom random = new SplittableRandom(20);
		for (Locale locale : LOCALES) {
			for (long value : new long[] { 0, 1, 9, 10, 99, 100, 999, 1_000, 9_999, 10_000, 123_456, 1_000_000,
					1_234_567_890L, Long.MAX_VALUE, -1, -1_234, Long.MIN_VALUE }) {
				assertThat(GroupedNumbers.integer(value, locale)).isEqualTo(String.format(locale, "%,d", value));
			}
			for (int i = 0; i < 2_000; i++) {
				long value = random.nextLong(0, 10_000_000_000L) >> random.nextInt(0, 34);
				assertThat(TableExports.display(value, locale)).isEqualTo(String.format(locale, "%,d", value));
				assertThat(TableExports.display((int) (value % Integer.MAX_VALUE), locale))
					.isEqualTo(String.format(locale, "%,d", value % Integer.MAX_VALUE));
			}
		}
	}

	@Test
	void percentagesAndDecimalsReadAsTheFormatterWroteThem() {
		SplittableRandom random = new SplittableRandom(116);
		for (Locale locale : LOCALES) {
			for (int i = 0; i < 2_000; i++) {
				double ratio = i < 1_000 ? random.nextDouble() : random.nextDouble(-3, 400);
				double percent = BigDecimal.valueOf(ratio * 100).setScale(1, RoundingMode.HALF_UP).doubleValue();
				assertThat(TableExports.display(new Percent(ratio), locale))
					.isEqualTo(String.format(locale, "%,.1f %%", percent));
				double decimal = random.nextDouble(-50, 5_000_000) / (1 + random.nextInt(1_000));
				assertThat(TableExports.display(decimal, locale))
					.isEqualTo(String.format(locale, "%,.2f", BigDecimal.valueOf(decimal).setScale(2, RoundingMode.HALF_UP)));
			}
			for (double ratio : new double[] { 0, 0.0004, 0.0005, 0.00049999, 0.1, 0.995, 1, 12.3456, 123.45 }) {
				double percent = BigDecimal.valueOf(ratio * 100).setScale(1, RoundingMode.HALF_UP).doubleValue();
				assertThat(TableExports.display(new Percent(ratio), locale))
					.isEqualTo(String.format(locale, "%,.1f %%", percent));
			}
		}
	}

}

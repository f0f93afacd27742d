package id.jakpreneur.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Formula escaping per OWASP (=, +, -, @, tab, CR) that leaves plain numbers and phone numbers alone. */
class CsvTests {

	@Test
	void textASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() {
		assertThat(Csv.cell("=1+2")).isEqualTo("'=1+2");
		assertThat(Csv.cell("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
		assertThat(Csv.cell("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
		assertThat(Csv.cell("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
		assertThat(Csv.cell("-1+1")).isEqualTo("'-1+1");
		assertThat(Csv.cell("+A1")).isEqualTo("'+A1");
		assertThat(Csv.cell("-")).isEqualTo("'-");
		assertThat(Csv.cell("\t=1+2")).isEqualTo("'\t=1+2");
		assertThat(Csv.cell("\r=1+2")).isEqualTo("\"'\r=1+2\"");
		assertThat(Csv.cell("=HYPERLINK(\"http://x.test\",\"klik\")"))
			.isEqualTo("\"'=HYPERLINK(\"\"http://x.test\"\",\"\"klik\"\")\"");
	}

	@Test
	void plainNumbersAndPhoneNumbersStayAsTheyAre() {
		for (String value : List.of("+6281234567890", "+62 812-3456-7890", "+62 (21) 555 1234", "-1500", "+3.5",
				"081234567890", "1.500.000", "0")) {
			assertThat(Csv.cell(value)).as(value).isEqualTo(value.contains(",") ? "\"" + value + "\"" : value);
		}
		assertThat(Csv.cell("-1,5")).isEqualTo("\"-1,5\"");
	}

	@Test
	void quotesOnlyWhatNeedsQuotingAndEndsLinesWithCrLf() {
		assertThat(Csv.cell("Dewi Anggraini")).isEqualTo("Dewi Anggraini");
		assertThat(Csv.cell("Kue, roti")).isEqualTo("\"Kue, roti\"");
		assertThat(Csv.cell("Toko \"Maju\"")).isEqualTo("\"Toko \"\"Maju\"\"\"");
		assertThat(Csv.cell("baris\nkedua")).isEqualTo("\"baris\nkedua\"");
		assertThat(Csv.cell(null)).isEmpty();
		assertThat(Csv.line(Arrays.asList("a", null, "=b"))).isEqualTo("a,,'=b\r\n");
	}

}

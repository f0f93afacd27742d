package id.jakpreneur.portal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.assessment.domain.StoredJson;
import id.jakpreneur.portal.assessment.policy.Reason;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.SalesChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Steps, reasons and licences survive the trip into the assessment's json columns and back, whatever they say. */
class StoredJsonTests {

	@ParameterizedTest
	@ValueSource(strings = { "NIB 9120301234567", "Sertifikat \"Kelas Kuliner\" 12/2026", "C:\\berkas\\nib.pdf",
			"baris satu\nbaris dua\ttab", "kendali \u0001", "Rp 1.000.000 · halal ✓", "" })
	void textComesBackAsWritten(String text) {
		List<StepOutcome> steps = List.of(new StepOutcome(StepCode.P1, StepStatus.COMPLETED, null),
				new StepOutcome(StepCode.P2, StepStatus.COMPLETED, text), new StepOutcome(StepCode.P3, StepStatus.NEEDED, null),
				new StepOutcome(StepCode.P4, StepStatus.RECOGNISED, text), new StepOutcome(StepCode.P5, StepStatus.NEEDED, null),
				new StepOutcome(StepCode.P6, StepStatus.NEEDED, null), new StepOutcome(StepCode.P7, StepStatus.NEEDED, null));
		assertThat(StoredJson.steps(StoredJson.steps(steps))).isEqualTo(steps);
		List<Reason> reasons = List.of(Reason.of("step.P4.recognised", "assessment.reason.nibRecognised", text, "2"),
				Reason.of("phase.growing", "assessment.reason.phaseGrowing"));
		assertThat(StoredJson.reasons(StoredJson.reasons(reasons))).isEqualTo(reasons);
		Map<LicenceType, String> licences = new EnumMap<>(LicenceType.class);
		licences.put(LicenceType.NIB, "9120301234567");
		licences.put(LicenceType.HALAL, text);
		assertThat(StoredJson.licences(StoredJson.licences(licences))).isEqualTo(licences);
	}

	@Test
	void compactStepsWrittenByHandOrSpacedAreReadAlike() {
		List<StepOutcome> expected = List.of(new StepOutcome(StepCode.P1, StepStatus.COMPLETED, null),
				new StepOutcome(StepCode.P2, StepStatus.RECOGNISED, "NIB 9120301234567"),
				new StepOutcome(StepCode.P3, StepStatus.NEEDED, ""));
		assertThat(StoredJson.steps("[[\"COMPLETED\"],[\"RECOGNISED\",\"NIB 9120301234567\"],[\"NEEDED\",\"\"]]"))
			.isEqualTo(expected);
		assertThat(StoredJson.steps("[ [\"COMPLETED\", null], [\"RECOGNISED\", \"NIB 9120301234567\"], [\"NEEDED\", \"\"] ]"))
			.isEqualTo(expected);
		assertThat(StoredJson.steps("[[\"COMPLETED\"],[\"RECOGNISED\",\"NIB 9120301234567\"],[\"NEEDED\",\"\\u0041\"]]")
			.get(2).evidence()).isEqualTo("A");
		assertThat(StoredJson.steps("[]")).isEmpty();
		assertThatThrownBy(() -> StoredJson.steps("[[\"DONE\"]]")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void enumSetsAreArrayLiterals() {
		String literal = StoredJson.names(List.of(SalesChannel.OFFLINE, SalesChannel.RESELLER));
		assertThat(literal).isEqualTo("{OFFLINE,RESELLER}");
		assertThat(StoredJson.names(literal, SalesChannel.class)).containsExactly(SalesChannel.OFFLINE,
				SalesChannel.RESELLER);
		assertThat(StoredJson.names("{}", StepCode.class)).isEqualTo(EnumSet.noneOf(StepCode.class));
	}

	@Test
	void stepsAndReasonsAreStoredCompactly() {
		List<StepOutcome> steps = List.of(new StepOutcome(StepCode.P1, StepStatus.COMPLETED, null),
				new StepOutcome(StepCode.P2, StepStatus.RECOGNISED, "usaha berjalan sejak 2023-06"),
				new StepOutcome(StepCode.P3, StepStatus.NEEDED, null), new StepOutcome(StepCode.P4, StepStatus.NEEDED, null),
				new StepOutcome(StepCode.P5, StepStatus.NEEDED, null), new StepOutcome(StepCode.P6, StepStatus.NEEDED, null),
				new StepOutcome(StepCode.P7, StepStatus.NEEDED, null));
		assertThat(StoredJson.steps(steps)).isEqualTo("[[\"COMPLETED\"],[\"RECOGNISED\",\"usaha berjalan sejak 2023-06\"],"
				+ "[\"NEEDED\"],[\"NEEDED\"],[\"NEEDED\"],[\"NEEDED\"],[\"NEEDED\"]]");
		assertThat(StoredJson.reasons(List.of(Reason.of("phase.growing", "assessment.reason.phaseGrowing"),
				Reason.of("size.sales", "assessment.reason.sizeByAnnualSales", "Rp 108.000.000", "Rp 9.000.000"))))
			.isEqualTo("[[\"phase.growing\",\"phaseGrowing\"],"
					+ "[\"size.sales\",\"sizeByAnnualSales\",\"Rp 108.000.000\",\"Rp 9.000.000\"]]");
	}

	@Test
	void stepsOutOfOrderAndForeignMessageKeysAreRefused() {
		assertThatThrownBy(() -> StoredJson.steps(List.of(new StepOutcome(StepCode.P2, StepStatus.NEEDED, null))))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> StoredJson.reasons(List.of(Reason.of("x", "mentoring.something"))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theFormStoredBeforeTheCompactOneIsStillRead() {
		assertThat(StoredJson.steps("[{\"step\":\"P1\",\"status\":\"COMPLETED\",\"evidence\":null},"
				+ "{\"step\":\"P2\",\"status\":\"RECOGNISED\",\"evidence\":\"usaha berjalan sejak 2023-06\"}]"))
			.containsExactly(new StepOutcome(StepCode.P1, StepStatus.COMPLETED, null),
					new StepOutcome(StepCode.P2, StepStatus.RECOGNISED, "usaha berjalan sejak 2023-06"));
		assertThat(StoredJson.reasons("[{\"rule\":\"phase.growing\",\"key\":\"assessment.reason.phaseGrowing\","
				+ "\"args\":[]},{\"rule\":\"size.capital\",\"key\":\"assessment.reason.sizeByCapital\","
				+ "\"args\":[\"Rp 2.000.000\"]}]"))
			.containsExactly(Reason.of("phase.growing", "assessment.reason.phaseGrowing"),
					Reason.of("size.capital", "assessment.reason.sizeByCapital", "Rp 2.000.000"));
	}

	@Test
	void jsonWrittenByPostgresIsReadToo() {
		assertThat(StoredJson.steps("[{\"status\": \"NEEDED\", \"step\": \"P2\", \"evidence\": null}]"))
			.containsExactly(new StepOutcome(StepCode.P2, StepStatus.NEEDED, null));
		assertThat(StoredJson.licences("{\"NIB\": \"9120301234567\", \"SPP_IRT\": \"\"}"))
			.containsEntry(LicenceType.NIB, "9120301234567")
			.containsEntry(LicenceType.SPP_IRT, "");
	}

}

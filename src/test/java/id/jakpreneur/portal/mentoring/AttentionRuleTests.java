package id.jakpreneur.portal.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import id.jakpreneur.portal.mentoring.domain.Attention;
import id.jakpreneur.portal.mentoring.domain.AttentionRule;
import id.jakpreneur.portal.mentoring.domain.MentoringSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who needs attention and why, with the default settings (30 days, the 10th, 90 days). */
class AttentionRuleTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', nullValues = "-", textBlock = """
			# case                                          ; today     ; assigned  ; last session; last sales; overdue; step since; flags
			fresh assignment, nothing owed yet               ; 2026-03-05; 2026-03-01; -           ; -         ; 0      ; 2026-03-01; -
			29 days without a session                        ; 2026-03-30; 2026-03-01; -           ; -         ; 0      ; 2026-03-01; -
			30 days without a session                        ; 2026-03-31; 2026-03-01; -           ; -         ; 0      ; 2026-03-01; NO_RECENT_SESSION
			recent session after a quiet month               ; 2026-03-31; 2026-01-10; 2026-03-20  ; 2026-02   ; 0      ; 2026-01-10; -
			on the 10th the month before last is expected    ; 2026-03-10; 2026-01-05; 2026-03-01  ; 2026-01   ; 0      ; 2026-01-05; -
			on the 11th last month is expected               ; 2026-03-11; 2026-01-05; 2026-03-01  ; 2026-01   ; 0      ; 2026-01-05; REPORT_OVERDUE
			never verified, assigned before the month        ; 2026-03-11; 2026-02-20; 2026-03-01  ; -         ; 0      ; 2026-02-20; REPORT_OVERDUE
			assigned after the expected month                ; 2026-03-05; 2026-02-10; 2026-03-01  ; -         ; 0      ; 2026-02-10; -
			89 days in a step                                ; 2026-03-31; 2026-03-25; 2026-03-30  ; 2026-02   ; 0      ; 2026-01-01; -
			90 days in a step                                ; 2026-04-01; 2026-03-25; 2026-03-30  ; 2026-03   ; 0      ; 2026-01-01; STUCK_IN_STEP
			not assessed: no step                            ; 2026-04-01; 2026-03-25; 2026-03-30  ; 2026-03   ; 0      ; -         ; -
			an overdue action                                ; 2026-03-05; 2026-03-01; 2026-03-02  ; -         ; 1      ; 2026-03-01; ACTIONS_OVERDUE
			everything at once                               ; 2026-06-20; 2026-01-05; 2026-04-01  ; 2026-03   ; 2      ; 2026-01-05; NO_RECENT_SESSION|REPORT_OVERDUE|STUCK_IN_STEP|ACTIONS_OVERDUE
			""")
	void flagsWhatNeedsAttention(String name, LocalDate today, LocalDate assigned, LocalDate lastSession,
			String lastSales, int overdue, LocalDate stepSince, String flags) {
		AttentionRule.Progress progress = new AttentionRule.Progress(assigned, lastSession,
				lastSales == null ? null : YearMonth.parse(lastSales), overdue, stepSince);
		Set<Attention> expected = EnumSet.noneOf(Attention.class);
		if (flags != null) {
			Arrays.stream(flags.split("\\|")).map(Attention::valueOf).forEach(expected::add);
		}
		assertThat(AttentionRule.of(progress, today, MentoringSettings.defaults())).isEqualTo(expected);
	}

	@ParameterizedTest(name = "on {0} the sales of {1} are due")
	@CsvSource({ "2026-03-01, 2026-01", "2026-03-10, 2026-01", "2026-03-11, 2026-02", "2026-01-31, 2025-12",
			"2026-01-05, 2025-11" })
	void expectsLastMonthAfterTheDueDay(LocalDate today, String month) {
		assertThat(AttentionRule.expectedSalesMonth(today, 10)).isEqualTo(YearMonth.parse(month));
	}

}

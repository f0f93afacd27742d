package id.jakpreneur.portal.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import id.jakpreneur.portal.mentoring.domain.P3Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** P3 completes with 4 sessions on different days within 120 days (the default rule), or as configured. */
class P3RuleTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', nullValues = "-", textBlock = """
			# case                                 ; sessions; days; session days                                              ; first     ; last
			no session                             ; 4       ; 120 ; -                                                         ; -         ; -
			three sessions                         ; 4       ; 120 ; 2026-01-05|2026-02-05|2026-03-05                         ; -         ; -
			four within 120 days                   ; 4       ; 120 ; 2026-01-05|2026-02-05|2026-03-05|2026-04-05              ; 2026-01-05; 2026-04-05
			four, 119 days apart                   ; 4       ; 120 ; 2026-01-01|2026-02-01|2026-03-01|2026-04-30              ; 2026-01-01; 2026-04-30
			four, 120 days apart: too slow         ; 4       ; 120 ; 2026-01-01|2026-02-01|2026-03-01|2026-05-01              ; -         ; -
			a later run of four meets it           ; 4       ; 120 ; 2026-01-01|2026-05-01|2026-05-10|2026-06-01|2026-07-01   ; 2026-05-01; 2026-07-01
			four entries on two days               ; 4       ; 120 ; 2026-01-05|2026-01-05|2026-02-05|2026-02-05              ; -         ; -
			entries out of order                   ; 4       ; 120 ; 2026-04-05|2026-01-05|2026-03-05|2026-02-05              ; 2026-01-05; 2026-04-05
			an agency asking for 6 in 180 days     ; 6       ; 180 ; 2026-01-05|2026-02-05|2026-03-05|2026-04-05|2026-05-05   ; -         ; -
			six in 180 days                        ; 6       ; 180 ; 2026-01-05|2026-02-05|2026-03-05|2026-04-05|2026-05-05|2026-06-05; 2026-01-05; 2026-06-05
			""")
	void completesByTheConfiguredRule(String name, int sessions, int days, String dates, LocalDate first,
			LocalDate last) {
		List<LocalDate> sessionDays = dates == null ? List.of()
				: Arrays.stream(dates.split("\\|")).map(LocalDate::parse).toList();
		var window = P3Rule.met(sessionDays, sessions, days);
		if (first == null) {
			assertThat(window).isEmpty();
		}
		else {
			assertThat(window).contains(new P3Rule.Window(first, last, sessions));
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', nullValues = "-", textBlock = """
			# case (today 2026-03-01)                ; session days                                   ; counted; until
			no session                               ; -                                              ; 0      ; -
			two on different days                    ; 2026-01-05|2026-02-10                          ; 2      ; 2026-05-04
			a second entry on the same day           ; 2026-01-05|2026-01-05                          ; 1      ; 2026-05-04
			a window already closed                  ; 2025-10-01                                     ; 0      ; -
			the closed day left out, the others kept ; 2025-10-01|2026-02-01|2026-02-20               ; 2      ; 2026-05-31
			the fullest open window wins             ; 2025-11-10|2025-12-01|2026-02-20               ; 3      ; 2026-03-09
			the window ends today                    ; 2025-11-02                                     ; 1      ; 2026-03-01
			more than asked counts as asked          ; 2026-01-01|2026-01-02|2026-01-03|2026-01-04|2026-01-05; 4; 2026-04-30
			""")
	void progressCountsDaysOfTheOpenWindowWithItsLastDay(String name, String dates, int counted, LocalDate until) {
		List<LocalDate> sessionDays = dates == null ? List.of()
				: Arrays.stream(dates.split("\\|")).map(LocalDate::parse).toList();
		assertThat(P3Rule.progress(sessionDays, LocalDate.of(2026, 3, 1), 4, 120))
			.isEqualTo(new P3Rule.Progress(counted, 4, until));
	}

}

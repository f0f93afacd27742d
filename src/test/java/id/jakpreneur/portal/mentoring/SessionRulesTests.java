package id.jakpreneur.portal.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import id.jakpreneur.portal.mentoring.domain.NewSession;
import id.jakpreneur.portal.mentoring.domain.SessionMode;
import id.jakpreneur.portal.mentoring.domain.SessionRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a logged session must satisfy; the mentor was assigned on 2026-03-01 and today is 2026-03-20. */
class SessionRulesTests {

	private static final LocalDate ASSIGNED = LocalDate.of(2026, 3, 1);

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', nullValues = "-", textBlock = """
			# case                               ; held on   ; next meeting; sales month; sales  ; action due; field              ; key
			a good session                       ; 2026-03-20; 2026-04-03  ; 2026-02    ; 9000000; 2026-03-27; -                  ; -
			today is fine, the month has begun   ; 2026-03-20; -           ; 2026-03    ; 1      ; 2026-03-20; -                  ; -
			in the future                        ; 2026-03-21; -           ; -          ; -      ; -         ; heldOn             ; validation.dateInFuture
			before the assignment                ; 2026-02-28; -           ; -          ; -      ; -         ; heldOn             ; mentoring.session.beforeAssignment
			next meeting before the session      ; 2026-03-10; 2026-03-09  ; -          ; -      ; -         ; nextMeetingOn      ; mentoring.session.nextBeforeSession
			sales without the month              ; 2026-03-10; -           ; -          ; 500000 ; -         ; salesMonth         ; mentoring.session.salesMonthRequired
			month without the sales              ; 2026-03-10; -           ; 2026-02    ; -      ; -         ; verifiedSales      ; mentoring.session.salesRequired
			a month after the session's          ; 2026-03-10; -           ; 2026-04    ; 500000 ; -         ; salesMonth         ; mentoring.session.salesMonthLater
			an action due before the session     ; 2026-03-10; -           ; -          ; -      ; 2026-03-09; actions[0].dueOn   ; mentoring.session.dueBeforeSession
			""")
	void checksTheSession(String name, LocalDate heldOn, LocalDate next, String month, Long sales, LocalDate due,
			String field, String key) {
		List<NewSession.NewAction> actions = due == null ? List.of() : List.of(new NewSession.NewAction("Foto produk", due));
		NewSession session = new NewSession(heldOn, SessionMode.VISIT, 60, "Pemasaran", null, next,
				month == null ? null : YearMonth.parse(month), sales, actions);
		var problems = SessionRules.problems(session, ASSIGNED, TODAY);
		if (field == null) {
			assertThat(problems).isEmpty();
		}
		else {
			assertThat(problems).containsEntry(field, key).hasSize(1);
		}
	}

}

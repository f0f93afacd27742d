package id.jakpreneur.portal.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.mentoring.domain.Candidate;
import id.jakpreneur.portal.mentoring.domain.MenteeNeeds;
import id.jakpreneur.portal.mentoring.domain.MentorKind;
import id.jakpreneur.portal.mentoring.domain.MentorLanguage;
import id.jakpreneur.portal.mentoring.domain.Suggestion;
import id.jakpreneur.portal.mentoring.domain.SuggestionRanking;
import id.jakpreneur.portal.mentoring.domain.SuggestionReason.Kind;
import id.jakpreneur.portal.mentoring.domain.SuggestionReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ranking rule, case by case: the points of each reason, who is never suggested, and the order. The participant
 * needs MARKETING_AND_DIGITAL in Kemayoran (31.71.03, Jakarta Pusat).
 */
class SuggestionRankingTests {

	private static final Set<String> JAKARTA_PUSAT = Set.of("31.71.01", "31.71.02", "31.71.03", "31.71.04", "31.71.05",
			"31.71.06", "31.71.07", "31.71.08");

	private static final long PAST = 7;

	private static final long AVOIDED = 8;

	private static final long CURRENT = 9;

	private static MenteeNeeds needs(MentorLanguage language) {
		return new MenteeNeeds(1, Track.MARKETING_AND_DIGITAL, "31.71.03", JAKARTA_PUSAT, language, Set.of(PAST),
				Set.of(AVOIDED), CURRENT);
	}

	private static Candidate candidate(long id, String name, String tracks, String districts, String languages,
			int active, int capacity, boolean paused) {
		Set<Track> trackSet = EnumSet.noneOf(Track.class);
		split(tracks).forEach(t -> trackSet.add(Track.valueOf(t)));
		Set<MentorLanguage> languageSet = EnumSet.noneOf(MentorLanguage.class);
		split(languages).forEach(l -> languageSet.add(MentorLanguage.valueOf(l)));
		return new Candidate(id, name, MentorKind.PJLP, trackSet, Set.copyOf(split(districts)), languageSet, active,
				capacity, paused);
	}

	private static List<String> split(String cell) {
		return cell == null || cell.isBlank() ? List.of() : Arrays.asList(cell.split("\\|"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', nullValues = "-", textBlock = """
			# case                                 ; id; tracks                                 ; districts        ; languages           ; active; cap; paused; wants    ; score; reasons
			track, kecamatan, empty                ; 1 ; MARKETING_AND_DIGITAL                  ; 31.71.03         ; INDONESIAN          ; 0     ; 10 ; false ; -        ; 90   ; TRACK_MATCH|COVERS_DISTRICT|LOAD
			track, kecamatan, half full            ; 1 ; MARKETING_AND_DIGITAL                  ; 31.71.03         ; INDONESIAN          ; 5     ; 10 ; false ; -        ; 80   ; TRACK_MATCH|COVERS_DISTRICT|LOAD
			track, kecamatan, one seat of ten      ; 1 ; MARKETING_AND_DIGITAL                  ; 31.71.03         ; INDONESIAN          ; 9     ; 10 ; false ; -        ; 72   ; TRACK_MATCH|COVERS_DISTRICT|LOAD
			load rounds down                       ; 1 ; MARKETING_AND_DIGITAL                  ; 31.71.03         ; INDONESIAN          ; 2     ; 3  ; false ; -        ; 76   ; TRACK_MATCH|COVERS_DISTRICT|LOAD
			kecamatan without the track            ; 1 ; FINANCE_AND_BOOKKEEPING                ; 31.71.03         ; INDONESIAN          ; 0     ; 4  ; false ; -        ; 50   ; OTHER_TRACK|COVERS_DISTRICT|LOAD
			track in another kecamatan of the kota ; 1 ; MARKETING_AND_DIGITAL|EXPANSION        ; 31.71.04|31.71.05; INDONESIAN          ; 0     ; 10 ; false ; -        ; 60   ; TRACK_MATCH|OTHER_DISTRICT|LOAD
			several kecamatan, one of them         ; 1 ; MARKETING_AND_DIGITAL                  ; 31.71.02|31.71.03; INDONESIAN          ; 3     ; 6  ; false ; -        ; 80   ; TRACK_MATCH|COVERS_DISTRICT|LOAD
			past mentor of the business            ; 7 ; MARKETING_AND_DIGITAL                  ; 31.71.03         ; INDONESIAN          ; 0     ; 10 ; false ; -        ; 105  ; TRACK_MATCH|COVERS_DISTRICT|LOAD|PAST_MENTOR
			past mentor now elsewhere, other track ; 7 ; CAPITAL_ACCESS                         ; 31.74.01         ; INDONESIAN          ; 0     ; 10 ; false ; -        ; 35   ; OTHER_TRACK|OTHER_DISTRICT|LOAD|PAST_MENTOR
			speaks the asked-for language          ; 1 ; MARKETING_AND_DIGITAL                  ; 31.71.03         ; INDONESIAN|JAVANESE ; 0     ; 10 ; false ; JAVANESE ; 100  ; TRACK_MATCH|COVERS_DISTRICT|LOAD|LANGUAGE_MATCH
			does not speak it                      ; 1 ; MARKETING_AND_DIGITAL                  ; 31.71.03         ; INDONESIAN          ; 0     ; 10 ; false ; JAVANESE ; 90   ; TRACK_MATCH|COVERS_DISTRICT|LOAD|LANGUAGE_MISSING
			sign language                          ; 1 ; IDEA_TO_BUSINESS                       ; 31.71.03         ; SIGN_LANGUAGE       ; 1     ; 2  ; false ; SIGN_LANGUAGE; 50 ; OTHER_TRACK|COVERS_DISTRICT|LOAD|LANGUAGE_MATCH
			Indonesian asked: no language reason   ; 1 ; MARKETING_AND_DIGITAL                  ; 31.71.03         ; ENGLISH             ; 0     ; 10 ; false ; INDONESIAN; 90  ; TRACK_MATCH|COVERS_DISTRICT|LOAD
			""")
	void scoresEachReason(String name, long id, String tracks, String districts, String languages, int active,
			int capacity, boolean paused, MentorLanguage wants, int score, String reasons) {
		Suggestion suggestion = SuggestionRanking
			.evaluate(needs(wants), candidate(id, "Mentor", tracks, districts, languages, active, capacity, paused))
			.orElseThrow();
		assertThat(suggestion.score()).isEqualTo(score);
		assertThat(suggestion.reasons().stream().map(r -> r.kind().name()).collect(Collectors.joining("|")))
			.isEqualTo(reasons);
		assertThat(suggestion.reasons().stream().mapToInt(SuggestionReason::points).sum()).isEqualTo(score);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', textBlock = """
			# case                                      ; id; tracks                  ; districts ; active; cap; paused
			paused                                      ; 1 ; MARKETING_AND_DIGITAL   ; 31.71.03  ; 0     ; 10 ; true
			full                                        ; 1 ; MARKETING_AND_DIGITAL   ; 31.71.03  ; 10    ; 10 ; false
			over capacity after a lowered limit         ; 1 ; MARKETING_AND_DIGITAL   ; 31.71.03  ; 12    ; 10 ; false
			the current mentor                          ; 9 ; MARKETING_AND_DIGITAL   ; 31.71.03  ; 0     ; 10 ; false
			replaced at the participant's request       ; 8 ; MARKETING_AND_DIGITAL   ; 31.71.03  ; 0     ; 10 ; false
			another kecamatan without the track         ; 1 ; FINANCE_AND_BOOKKEEPING ; 31.71.04  ; 0     ; 10 ; false
			the track, but in another kota              ; 1 ; MARKETING_AND_DIGITAL   ; 31.74.01  ; 0     ; 10 ; false
			""")
	void neverSuggests(String name, long id, String tracks, String districts, int active, int capacity,
			boolean paused) {
		Candidate mentor = candidate(id, "Mentor", tracks, districts, "INDONESIAN", active, capacity, paused);
		assertThat(SuggestionRanking.evaluate(needs(null), mentor)).isEmpty();
		assertThat(SuggestionRanking.rank(needs(null), List.of(mentor), 5)).isEmpty();
	}

	@Test
	void ordersByScoreThenFreeSeatsThenNameThenId() {
		List<Candidate> candidates = List.of(
				candidate(11, "Dewi", "MARKETING_AND_DIGITAL", "31.71.03", "INDONESIAN", 5, 10, false),
				candidate(12, "Budi", "MARKETING_AND_DIGITAL", "31.71.03", "INDONESIAN", 0, 10, false),
				candidate(13, "Citra", "MARKETING_AND_DIGITAL", "31.71.03", "INDONESIAN", 10, 20, false),
				candidate(14, "Agus", "FINANCE_AND_BOOKKEEPING", "31.71.03", "INDONESIAN", 0, 10, false),
				candidate(16, "Citra", "MARKETING_AND_DIGITAL", "31.71.03", "INDONESIAN", 10, 20, false),
				candidate(15, "Eko", "MARKETING_AND_DIGITAL", "31.71.03", "INDONESIAN", 0, 10, true));
		List<Suggestion> ranked = SuggestionRanking.rank(needs(null), candidates, 10);
		// Budi 90; Dewi 80, 5 free; Citra 80, 10 free (before Dewi); the two Citras by id; Agus 50; Eko paused
		assertThat(ranked).extracting(s -> s.mentor().mentorId()).containsExactly(12L, 13L, 16L, 11L, 14L);
		assertThat(ranked).extracting(Suggestion::score).containsExactly(90, 80, 80, 80, 50);
	}

	@Test
	void keepsOnlyTheBestUpToTheLimit() {
		List<Candidate> candidates = List.of(
				candidate(1, "A", "MARKETING_AND_DIGITAL", "31.71.03", "INDONESIAN", 0, 10, false),
				candidate(2, "B", "MARKETING_AND_DIGITAL", "31.71.03", "INDONESIAN", 5, 10, false),
				candidate(3, "C", "EXPANSION", "31.71.03", "INDONESIAN", 0, 10, false));
		assertThat(SuggestionRanking.rank(needs(null), candidates, 2)).extracting(s -> s.mentor().mentorId())
			.containsExactly(1L, 2L);
	}

	@Test
	void theReasonsNameTheLoad() {
		Suggestion suggestion = SuggestionRanking
			.evaluate(needs(null), candidate(1, "A", "MARKETING_AND_DIGITAL", "31.71.03", "INDONESIAN", 3, 8, false))
			.orElseThrow();
		SuggestionReason load = suggestion.reasons().stream().filter(r -> r.kind() == Kind.LOAD).findFirst().orElseThrow();
		assertThat(load.activeMentees()).isEqualTo(3);
		assertThat(load.capacity()).isEqualTo(8);
		assertThat(load.points()).isEqualTo(12);
	}

}

package id.jakpreneur.portal.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.assessment.FreshParticipants.Fresh;
import id.jakpreneur.portal.assessment.FreshParticipants;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.mentoring.domain.Assignments;
import id.jakpreneur.portal.mentoring.domain.BulkPlanner;
import id.jakpreneur.portal.mentoring.domain.BulkResult;
import id.jakpreneur.portal.mentoring.domain.EndReason;
import id.jakpreneur.portal.mentoring.domain.MentorManagement;
import id.jakpreneur.portal.mentoring.query.AssignPage;
import id.jakpreneur.portal.mentoring.query.AssignmentQueries;
import id.jakpreneur.portal.mentoring.query.QueuePage;
import id.jakpreneur.portal.mentoring.query.QueuePosition;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The officer's side: the queue with suggestions and reasons, one-click assignment, the refusal when a seat was
 * just taken (a message, never an error page), reassignment with a reason and its history, an entrepreneur's request
 * for another mentor, bulk assignment with a preview, and "not found" outside the officer's area.
 */
@PortalWebTest
class AssignmentWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Registration registration;

	@Autowired
	AccountActivation activations;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Assessing assessing;

	@Autowired
	Assessments assessments;

	@Autowired
	MentorManagement mentors;

	@Autowired
	Assignments assignments;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.context.MessageSource messages;

	private static final String JOHAR_BARU = "31.71.08.1001";

	private PortalUser officer;

	private Fresh participant;

	private Track track;

	@BeforeEach
	void setUp() {
		officer = FreshParticipants.demo(accounts, Role.OFFICER);
		participant = MentoringFixtures.waiting(registration, accounts, assessing, MentoringFixtures.KEMAYORAN);
		track = assessments.latest(participant.id()).orElseThrow().track();
	}

	private long mentor(String name, int capacity) {
		return MentoringFixtures.mentor(mentors, activations, accounts, officer, name, Set.of(track),
				Set.of(MentoringFixtures.KEMAYORAN_DISTRICT), capacity).id();
	}

	private String page(long participantId) {
		return "/officer/assignments/" + participantId;
	}

	private int notices(long accountId, String kind) {
		return jdbc.queryForObject("select count(*) from notification where account_id = ? and kind = ?", Integer.class,
				accountId, kind);
	}

	@Test
	void theAssignPageRanksMentorsWithTheirReasons() throws Exception {
		String name = "Ranking " + UUID.randomUUID().toString().substring(0, 6);
		mentor(name, 50);
		mvc.perform(get(page(participant.id())).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("Keahlian sesuai jalur peserta")))
			.andExpect(content().string(containsString("Mencakup kecamatan peserta")))
			.andExpect(content().string(containsString("Beban 0 dari 50 peserta")))
			.andExpect(content().string(containsString("90 poin")));
	}

	@Test
	void theQueuePagesByPositionForwardAndBackWithoutLosingOrRepeatingAnyone() throws Exception {
		Fresh second = MentoringFixtures.waiting(registration, accounts, assessing, MentoringFixtures.KEMAYORAN);
		Fresh third = MentoringFixtures.waiting(registration, accounts, assessing, MentoringFixtures.KEMAYORAN);
		List<List<Long>> pages = new ArrayList<>();
		List<QueuePage> shown = new ArrayList<>();
		String after = null;
		for (int i = 0; i < 1000; i++) {
			QueuePage queue = queuePage("after", after, i);
			shown.add(queue);
			pages.add(queue.content().stream().map(e -> e.mentee().participantId()).toList());
			assertThat(queue.content()).hasSizeLessThanOrEqualTo(2);
			assertThat(queue.hasPrevious()).isEqualTo(i > 0);
			if (!queue.hasNext()) {
				break;
			}
			after = queue.next();
		}
		List<Long> all = pages.stream().flatMap(List::stream).toList();
		assertThat(all).doesNotHaveDuplicates().contains(participant.id(), second.id(), third.id());
		List<QueuePosition> order = shown.stream()
			.flatMap(p -> p.content().stream())
			.map(e -> QueuePosition.of(e.mentee()))
			.toList();
		for (int i = 1; i < order.size(); i++) {
			QueuePosition a = order.get(i - 1);
			QueuePosition b = order.get(i);
			assertThat(a.track().name().compareTo(b.track().name()) < 0 || a.track() == b.track()
					&& (a.waitingSince().isBefore(b.waitingSince()) || a.waitingSince().equals(b.waitingSince())
							&& a.participantId() < b.participantId()))
				.as("queue order at %d", i)
				.isTrue();
		}
		if (shown.size() > 1) {
			QueuePage last = shown.get(shown.size() - 1);
			QueuePage back = queuePage("before", last.previous(), shown.size() - 2);
			assertThat(back.content().stream().map(e -> e.mentee().participantId()).toList())
				.isEqualTo(pages.get(pages.size() - 2));
			assertThat(back.hasNext()).isTrue();
		}
		assertThat(queuePage("after", "bukan.posisi", 3).hasPrevious()).as("a made-up token: the first page").isFalse();
	}

	private QueuePage queuePage(String direction, String token, int number) throws Exception {
		var request = get("/officer/assignments").param("track", track.name()).param("size", "2")
			.param("page", String.valueOf(number))
			.with(user(officer));
		if (token != null) {
			request.param(direction, token);
		}
		return (QueuePage) mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("queue");
	}

	@Test
	void oneClickAssignsAndNotifiesBothAndTheParticipantLeavesTheQueue() throws Exception {
		long mentor = mentor("Pendamping Satu Klik", 5);
		String justBefore = MentoringFixtures.justBefore(jdbc, participant.id());
		mvc.perform(get("/officer/assignments").param("track", track.name()).param("after", justBefore)
			.with(user(officer)))
			.andExpect(content().string(containsString("/officer/assignments/" + participant.id() + "\"")));
		mvc.perform(post(page(participant.id())).param("mentorId", String.valueOf(mentor)).param("from", "queue")
			.with(user(officer)).with(csrf()))
			.andExpect(redirectedUrl("/officer/assignments"))
			.andExpect(flash().attribute("flashSuccess", "mentoring.assign.done"));
		assertThat(jdbc.queryForMap("select mentor_id, track, assigned_by from mentor_assignment where participant_id = ?",
				participant.id()))
			.containsEntry("mentor_id", mentor)
			.containsEntry("track", track.name())
			.containsEntry("assigned_by", officer.accountId());
		assertThat(notices(participant.user().accountId(), "MENTOR_ASSIGNED")).isOne();
		long mentorAccount = jdbc.queryForObject("select account_id from mentor where id = ?", Long.class, mentor);
		assertThat(notices(mentorAccount, "MENTEE_ASSIGNED")).isOne();
		mvc.perform(get("/officer/assignments").param("track", track.name()).param("after", justBefore)
			.with(user(officer)))
			.andExpect(content().string(not(containsString("/officer/assignments/" + participant.id() + "\""))));
	}

	@Test
	void twoOfficersClickingTheLastSeatAtOnceGetOneAssignmentAndOneMessage() throws Exception {
		Fresh other = MentoringFixtures.waiting(registration, accounts, assessing, MentoringFixtures.KEMAYORAN);
		long mentor = MentoringFixtures.mentor(mentors, activations, accounts, officer, "Pendamping Kursi Terakhir",
				java.util.EnumSet.of(track, assessments.latest(other.id()).orElseThrow().track()),
				Set.of(MentoringFixtures.KEMAYORAN_DISTRICT), 1).id();
		PortalUser admin = FreshParticipants.demo(accounts, Role.ADMIN);
		List<PortalUser> who = List.of(officer, admin);
		List<Long> whom = List.of(participant.id(), other.id());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<MvcResult>> results = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				PortalUser by = who.get(i);
				long id = whom.get(i);
				results.add(pool.submit(() -> {
					go.await();
					return mvc.perform(post(page(id)).param("mentorId", String.valueOf(mentor)).with(user(by)).with(csrf()))
						.andReturn();
				}));
			}
			go.countDown();
			List<String> flashes = new ArrayList<>();
			for (Future<MvcResult> result : results) {
				MvcResult done = result.get(30, TimeUnit.SECONDS);
				MockHttpServletResponse response = done.getResponse();
				assertThat(response.getStatus()).isEqualTo(302);
				Object success = done.getFlashMap().get("flashSuccess");
				flashes.add(success != null ? String.valueOf(success) : String.valueOf(done.getFlashMap().get("flashError")));
			}
			assertThat(flashes).containsExactlyInAnyOrder("mentoring.assign.done", "mentoring.assign.full");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.queryForObject("select active_mentees from mentor where id = ?", Integer.class, mentor)).isOne();
		assertThat(messages.getMessage("mentoring.assign.full", null, java.util.Locale.forLanguageTag("id")))
			.startsWith("Kapasitas pendamping ini sudah penuh");
	}

	@Test
	void reassignmentNeedsAReasonAndKeepsTheHistory() throws Exception {
		long first = mentor("Pendamping Pertama", 5);
		long second = mentor("Pendamping Kedua", 5);
		assignments.assign(officer, participant.id(), first);
		mvc.perform(post(page(participant.id()) + "/reassign").param("mentorId", String.valueOf(second))
			.param("reason", "pendek").with(user(officer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("reassignForm", "reason", "Size"));
		assertThat(jdbc.queryForObject("select mentor_id from mentor_assignment where participant_id = ? and ended_at is null",
				Long.class, participant.id())).isEqualTo(first);
		mvc.perform(post(page(participant.id()) + "/reassign").param("mentorId", String.valueOf(second))
			.param("reason", "Pendamping pertama pindah tugas ke Jakarta Timur.").with(user(officer)).with(csrf()))
			.andExpect(redirectedUrl(page(participant.id())))
			.andExpect(flash().attribute("flashSuccess", "mentoring.reassign.done"));
		List<java.util.Map<String, Object>> history = jdbc.queryForList(
				"select mentor_id, end_reason, end_note, assign_note from mentor_assignment where participant_id = ? order by id",
				participant.id());
		assertThat(history).hasSize(2);
		assertThat(history.get(0)).containsEntry("mentor_id", first)
			.containsEntry("end_reason", "REASSIGNED")
			.containsEntry("end_note", "Pendamping pertama pindah tugas ke Jakarta Timur.");
		assertThat(history.get(1)).containsEntry("mentor_id", second).containsEntry("end_reason", null);
		assertThat(jdbc.queryForList("select active_mentees from mentor where id in (?, ?) order by id", Integer.class,
				first, second)).containsExactly(0, 1);
		mvc.perform(get(page(participant.id())).with(user(officer)))
			.andExpect(content().string(containsString("Dialihkan ke pendamping lain")))
			.andExpect(content().string(containsString("Pendamping pertama pindah tugas ke Jakarta Timur.")));
	}

	@Test
	void aFormerMentorOpeningTheMenteePageIsToldTheMenteeHasAnotherMentor() throws Exception {
		MentoringFixtures.Created first = MentoringFixtures.mentor(mentors, activations, accounts, officer, "Pendamping Lama",
				Set.of(track), Set.of(MentoringFixtures.KEMAYORAN_DISTRICT), 5);
		long second = mentor("Pendamping Baru", 5);
		assignments.assign(officer, participant.id(), first.id());
		assignments.reassign(officer, participant.id(), second, "Pendamping lama cuti panjang sampai akhir tahun.");
		// the notice of the assignment still links to the mentee's page, which now says what happened
		mvc.perform(get("/mentor/mentees/" + participant.id()).with(user(first.login())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sekarang didampingi pendamping lain")))
			.andExpect(content().string(not(containsString("Catat sesi"))));
		mvc.perform(get("/mentor/mentees/" + participant.id()).param("lang", "en").with(user(first.login())))
			.andExpect(content().string(containsString("now has another mentor")));
		// a mentor who never had them still meets "not found"
		long stranger = mentor("Pendamping Lain", 5);
		PortalUser strangerLogin = (PortalUser) accounts.loadUserByUsername(jdbc.queryForObject(
				"select a.email from mentor m join account a on a.id = m.account_id where m.id = ?", String.class, stranger));
		mvc.perform(get("/mentor/mentees/" + participant.id()).with(user(strangerLogin))).andExpect(status().isNotFound());
	}

	@Test
	void anEntrepreneursRequestForAnotherMentorReachesTheOfficerAndIsResolvedByReassignment() throws Exception {
		long first = mentor("Pendamping Diminta Ganti", 5);
		long second = mentor("Pendamping Pengganti", 5);
		assignments.assign(officer, participant.id(), first);
		mvc.perform(post("/me/mentoring/change-request").param("reason", "terlalu")
			.with(user(participant.user())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("changeForm", "reason"));
		mvc.perform(post("/me/mentoring/change-request").param("reason", "Jadwal pendamping selalu bentrok dengan jam dagang.")
			.with(user(participant.user())).with(csrf()))
			.andExpect(redirectedUrl("/me/mentoring"));
		mvc.perform(post("/me/mentoring/change-request").param("reason", "Saya ingin mengajukan sekali lagi, mohon.")
			.with(user(participant.user())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("changeForm", "reason", "mentoring.me.change.open"));
		mvc.perform(get("/officer/assignments").with(user(officer)))
			.andExpect(content().string(containsString("Jadwal pendamping selalu bentrok dengan jam dagang.")));
		mvc.perform(get(page(participant.id())).with(user(officer)))
			.andExpect(content().string(containsString("Peserta meminta pendamping lain")));
		assignments.reassign(officer, participant.id(), second, "Sesuai permintaan peserta, jadwal bentrok.");
		assertThat(jdbc.queryForMap("select resolution, resolved_by from mentor_change_request where participant_id = ?",
				participant.id()))
			.containsEntry("resolution", "REASSIGNED")
			.containsEntry("resolved_by", officer.accountId());
		assertThat(jdbc.queryForObject("select end_reason from mentor_assignment where participant_id = ? and mentor_id = ?",
				String.class, participant.id(), first)).isEqualTo("MENTEE_REQUEST");
		// the mentor they asked to leave is never suggested to them again
		assignments.end(officer, participant.id(), EndReason.WITHDRAWN, "Peserta menunda usahanya sementara.");
		AssignPage again = assignmentsPage();
		assertThat(again.suggestions()).extracting(s -> s.mentor().mentorId()).doesNotContain(first).contains(second);
	}

	@Test
	void aDeclinedRequestTellsTheEntrepreneurWhy() throws Exception {
		assignments.assign(officer, participant.id(), mentor("Pendamping Tetap", 5));
		new MyMentoringRequests(jdbc).open(participant.id());
		mvc.perform(post(page(participant.id()) + "/decline").param("reason", "Pendamping sudah menyesuaikan jadwalnya.")
			.with(user(officer)).with(csrf()))
			.andExpect(redirectedUrl(page(participant.id())));
		assertThat(notices(participant.user().accountId(), "CHANGE_DECLINED")).isOne();
		mvc.perform(get("/notifications").with(user(participant.user())))
			.andExpect(content().string(containsString("Pendamping sudah menyesuaikan jadwalnya.")));
	}

	@Test
	void bulkAssignmentPreviewsThenAssignsCountingSeatsAndReportsWhatFailed() throws Exception {
		// Johar Baru: no other test puts mentors there, so the proposal depends on this test's mentor only
		Fresh first = MentoringFixtures.waiting(registration, accounts, assessing, JOHAR_BARU);
		Fresh second = MentoringFixtures.waiting(registration, accounts, assessing, JOHAR_BARU);
		Fresh third = MentoringFixtures.waiting(registration, accounts, assessing, JOHAR_BARU);
		Set<Track> tracks = java.util.EnumSet.of(assessments.latest(first.id()).orElseThrow().track(),
				assessments.latest(second.id()).orElseThrow().track(), assessments.latest(third.id()).orElseThrow().track());
		long one = MentoringFixtures.mentor(mentors, activations, accounts, officer, "Massal Satu Kursi", tracks, Set.of("31.71.08"), 1)
			.id();
		MvcResult preview = mvc.perform(get("/officer/assignments/bulk").param("participant",
				String.valueOf(first.id()), String.valueOf(second.id())).with(user(officer)))
			.andExpect(status().isOk())
			.andReturn();
		@SuppressWarnings("unchecked")
		List<BulkPlanner.Proposal> proposals = (List<BulkPlanner.Proposal>) preview.getModelAndView().getModel().get("proposals");
		assertThat(proposals).hasSize(2);
		// a one-seat mentor is never proposed twice (other tests' mentors covering the whole kota may rank higher)
		assertThat(proposals.stream().filter(p -> p.chosen() != null && p.chosen().mentor().mentorId() == one))
			.hasSizeLessThanOrEqualTo(1);
		// confirmed: the first pair takes the seat, the second is refused with a reason, a skip is ignored
		mvc.perform(post("/officer/assignments/bulk")
			.param("assign", first.id() + ":" + one, second.id() + ":" + one, third.id() + ":skip")
			.with(user(officer)).with(csrf()))
			.andExpect(redirectedUrl("/officer/assignments"))
			.andExpect(flash().attribute("bulkResult", new BulkResult(1,
					List.of(new BulkResult.Failure(second.id(), "Peserta Uji", "mentoring.assign.full")))));
		assertThat(jdbc.queryForObject("select count(*) from mentor_assignment where participant_id in (?, ?, ?)",
				Integer.class, first.id(), second.id(), third.id())).isOne();
	}

	@Test
	void everyAssignmentRouteAnswersNotFoundOutsideTheOfficersArea() throws Exception {
		Fresh tebet = MentoringFixtures.waiting(registration, accounts, assessing, MentoringFixtures.TEBET);
		long mentor = mentor("Pendamping Kemayoran", 5);
		mvc.perform(get(page(tebet.id())).with(user(officer))).andExpect(status().isNotFound());
		mvc.perform(post(page(tebet.id())).param("mentorId", String.valueOf(mentor)).with(user(officer)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post(page(tebet.id()) + "/reassign").param("mentorId", String.valueOf(mentor))
			.param("reason", "Alasan yang cukup panjang.").with(user(officer)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/officer/assignments/bulk").param("participant", String.valueOf(tebet.id())).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("proposals", List.of()));
		// an officer of Jakarta Selatan does not see a Kemayoran participant nor its mentor
		String email = "o-" + UUID.randomUUID() + "@test.local";
		accounts.open(new NewAccount(email, "Petugas Jaksel", Role.OFFICER, MentoringFixtures.PASSWORD, Set.of("31.74"), false));
		PortalUser south = (PortalUser) accounts.loadUserByUsername(email);
		mvc.perform(get(page(participant.id())).with(user(south))).andExpect(status().isNotFound());
		mvc.perform(get("/officer/mentors/" + mentor).with(user(south))).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from mentor_assignment where participant_id = ?", Integer.class,
				tebet.id())).isZero();
	}

	@Test
	void aMentorFromAnotherKotaCannotBeAssignedByCraftingTheForm() throws Exception {
		PortalUser admin = FreshParticipants.demo(accounts, Role.ADMIN);
		long south = MentoringFixtures.mentor(mentors, activations, accounts, admin, "Pendamping Tebet", Set.of(track),
				Set.of(MentoringFixtures.TEBET_DISTRICT), 5).id();
		mvc.perform(post(page(participant.id())).param("mentorId", String.valueOf(south)).with(user(admin)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select active_mentees from mentor where id = ?", Integer.class, south)).isZero();
	}

	private AssignPage assignmentsPage() {
		return applicationPage(officer, participant.id());
	}

	@Autowired
	AssignmentQueries suggestions;

	private AssignPage applicationPage(PortalUser by, long id) {
		return suggestions.page(by, id);
	}

	/** Opens a change request the way the entrepreneur's page does, for tests about the officer's answer. */
	record MyMentoringRequests(JdbcTemplate jdbc) {

		void open(long participantId) {
			jdbc.update("""
					insert into mentor_change_request (participant_id, assignment_id, reason)
					select participant_id, id, 'Saya ingin pendamping yang lain.' from mentor_assignment
					where participant_id = ? and ended_at is null
					""", participantId);
		}

	}

}

package id.jakpreneur.portal.mentoring.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import id.jakpreneur.portal.account.WorkInbox.Tray;
import id.jakpreneur.portal.mentoring.domain.Attention;
import id.jakpreneur.portal.mentoring.query.MenteeSummary;

/**
 * The mentor's own work, counted from their mentee list (already read for the home page, so no statement more):
 * mentees waiting for a first session, agreed actions past due, last month's sales to verify in a session, mentees
 * without a recent session. Each tray leads to the home page's mentee list showing only those mentees.
 */
enum MenteeTrays {

	FIRST_SESSION(10, m -> m.lastSessionOn() == null),

	ACTIONS_OVERDUE(20, m -> m.attention().contains(Attention.ACTIONS_OVERDUE)),

	REPORT_OVERDUE(30, m -> m.attention().contains(Attention.REPORT_OVERDUE)),

	NO_RECENT_SESSION(35, m -> m.lastSessionOn() != null && m.attention().contains(Attention.NO_RECENT_SESSION));

	private final int order;

	private final Predicate<MenteeSummary> applies;

	MenteeTrays(int order, Predicate<MenteeSummary> applies) {
		this.order = order;
		this.applies = applies;
	}

	static List<Tray> of(List<MenteeSummary> mentees) {
		List<Tray> trays = new ArrayList<>();
		for (MenteeTrays kind : values()) {
			trays.add(new Tray(kind.order, "inbox.mentor." + kind.name(),
					mentees.stream().filter(kind.applies).count(), "/mentor?need=" + kind.name() + "#mentees-title"));
		}
		return trays;
	}

	/** The mentees this filter keeps ({@code need} names a tray; anything else keeps them all). */
	static List<MenteeSummary> filter(List<MenteeSummary> mentees, String need) {
		return named(need).map(kind -> mentees.stream().filter(kind.applies).toList()).orElse(mentees);
	}

	static Optional<MenteeTrays> named(String need) {
		for (MenteeTrays kind : values()) {
			if (kind.name().equals(need)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}

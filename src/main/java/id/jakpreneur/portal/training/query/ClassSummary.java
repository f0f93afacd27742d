package id.jakpreneur.portal.training.query;

import java.time.LocalDate;

import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.training.domain.Seats;

/** A class in a list: where, for whom, how full, and when. {@code districtCode} is null for an online class. */
public record ClassSummary(long id, String title, Sector sector, String cityCode, String districtCode, boolean online,
		int capacity, int minSessions, String trainer, int enrolled, int waiting, int sessions, LocalDate firstDay,
		LocalDate lastDay) {

	public int freeSeats() {
		return Seats.free(capacity, enrolled);
	}

	/** The certificate can be earned only if the class has at least as many sessions as the rule asks. */
	public boolean ruleReachable() {
		return sessions >= minSessions;
	}

}

package id.jakpreneur.portal.account;

import java.util.Comparator;
import java.util.List;

/**
 * Work waiting for a staff member, counted by the module that owns it, for the home page of their role
 * ({@code /officer}, {@code /mentor}). The host pages collect every bean of this type; each module counts its own
 * data in the area of the person asking (administrators: everywhere) with at most one statement, and names the page
 * where the work is done. A module that has nothing for the role gives no trays.
 */
public interface WorkInbox {

	/**
	 * A tray counts at most this many (its statement stops there): "99+" says as much to an officer as 40,000 (she works
	 * from the top of the queue, twenty to a page), and counting cost grows with the count: a kota's waiting
	 * registrations, mentees, outlet bookings and sessions cost the database 56-90 ms per visit of the home page at
	 * 1,000,000 participants when counted in full, about 10 ms when counted to 1,000 (decisions 126 and 129). A module
	 * whose work can pile up counts with {@code limit COUNTED_UP_TO}.
	 */
	int COUNTED_UP_TO = 100;

	/** The trays this module has for this person, or none for their role. */
	List<Tray> traysFor(PortalUser user);

	/**
	 * One kind of work: its place on the page ({@code order}, lower first), the message key of its label, how many
	 * wait, and the page where they are handled.
	 */
	record Tray(int order, String labelKey, long count, String href) {

		/** The page's order: trays with work first, each group in the modules' order. */
		public static final Comparator<Tray> PAGE_ORDER = Comparator.comparing(Tray::empty)
			.thenComparingInt(Tray::order);

		public boolean empty() {
			return count == 0;
		}

		/** Whether more are waiting than the tray counted ({@link #COUNTED_UP_TO}). */
		public boolean countedUpToTheLimit() {
			return count >= COUNTED_UP_TO;
		}

		/** The count as the page shows it: "99+" once the limit is reached. */
		public String countText() {
			return countedUpToTheLimit() ? (COUNTED_UP_TO - 1) + "+" : Long.toString(count);
		}

	}

	/** Whether this person works the officers' queues: an officer in their area, an administrator everywhere. */
	static boolean worksOfficerQueues(PortalUser user) {
		return user.role() == Role.OFFICER || user.role() == Role.ADMIN;
	}

	/** Every tray the modules give for this person, in the page's order ({@link Tray#PAGE_ORDER}). */
	static List<Tray> collect(List<WorkInbox> inboxes, PortalUser user) {
		return inboxes.stream()
			.flatMap(inbox -> inbox.traysFor(user).stream())
			.sorted(Tray.PAGE_ORDER)
			.toList();
	}

}

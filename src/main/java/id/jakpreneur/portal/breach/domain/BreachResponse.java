package id.jakpreneur.portal.breach.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.breach.query.BreachQueries;
import id.jakpreneur.portal.breach.query.IncidentRow;
import id.jakpreneur.portal.breach.query.TouchedPerson;
import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.Notifications;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator records a suspected breach through one account and has the people it touched told. Each person
 * is told once per incident (dedupe key {@code breach:<incident>}), by the bell and by the channels she chose; a
 * person with no account (none is expected: every participant has one) is in the CSV for the authority only.
 */
@Service
@Transactional
public class BreachResponse {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(Jakarta.ZONE);

	private final BreachIncidentRepository incidents;

	private final BreachQueries queries;

	private final Notifications notifications;

	private final Clock clock;

	BreachResponse(BreachIncidentRepository incidents, BreachQueries queries, Notifications notifications,
			Clock clock) {
		this.incidents = incidents;
		this.queries = queries;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** @throws BreachRefusedException naming the field whose value breaks a rule */
	public long record(PortalUser admin, IncidentDraft draft) {
		requireAdmin(admin);
		return incidents.save(new BreachIncident(draft, admin.accountId(), clock.instant())).getId();
	}

	/** Sends the breach notice to everyone the incident found; returns how many were told for the first time. */
	public int notifyPeople(PortalUser admin, long incidentId) {
		requireAdmin(admin);
		BreachIncident incident = incidents.findById(incidentId).orElseThrow(NotFoundException::new);
		IncidentRow row = queries.incident(incidentId).orElseThrow(NotFoundException::new);
		String discovered = WHEN.format(incident.getDiscoveredAt());
		int told = 0;
		for (TouchedPerson person : queries.everyone(row)) {
			if (person.reachable() && notifications.send(person.accountId(), NoticeKind.BREACH_NOTICE,
					Role.ENTREPRENEUR.name().equals(person.role()) ? "/me/privacy" : "/account",
					"breach:" + incidentId, discovered)) {
				told++;
			}
		}
		Instant now = clock.instant();
		incident.notified(told, now);
		return told;
	}

	private static void requireAdmin(PortalUser user) {
		if (user.role() != Role.ADMIN) {
			throw new NotFoundException();
		}
	}

}

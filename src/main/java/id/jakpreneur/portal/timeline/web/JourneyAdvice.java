package id.jakpreneur.portal.timeline.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.licensing.LicenceLine;
import id.jakpreneur.portal.licensing.ParticipantLicences;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.timeline.domain.ParticipantTimeline;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the two overview pages of a participant, the entrepreneur's home ({@code /me}) and the officer's participant
 * page ({@code /officer/entrepreneurs/{id}}), the latest timeline entries and the next licence. Those pages belong
 * to modules that may not depend on this one (entrepreneur, dashboard), so this module adds to their model, as the
 * mentoring module adds the notice bell to every page; any other request costs one string comparison and no query.
 */
@ControllerAdvice
class JourneyAdvice {

	static final int LATEST = 5;

	private static final Pattern OFFICER_VIEW = Pattern.compile("^/officer/entrepreneurs/(\\d{1,18})$");

	private final ParticipantRecords records;

	private final ParticipantTimeline timeline;

	private final ParticipantLicences licences;

	JourneyAdvice(ParticipantRecords records, ParticipantTimeline timeline, ParticipantLicences licences) {
		this.records = records;
		this.timeline = timeline;
		this.licences = licences;
	}

	@ModelAttribute("journey")
	Journey journey(@AuthenticationPrincipal PortalUser user, HttpServletRequest request) {
		if (user == null || !"GET".equals(request.getMethod())) {
			return null;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if ("/me".equals(path) && user.role() == Role.ENTREPRENEUR) {
			return records.ofAccount(user.accountId()).map(p -> journey(p, "/me/timeline", "/me/licences"))
				.orElse(null);
		}
		Matcher officerView = OFFICER_VIEW.matcher(path);
		if (officerView.matches() && (user.role() == Role.OFFICER || user.role() == Role.ADMIN)) {
			long id = Long.parseLong(officerView.group(1));
			try {
				ParticipantView p = records.get(user, id);
				return journey(p, "/officer/entrepreneurs/" + id + "/timeline", "/officer/entrepreneurs/" + id + "/licences");
			}
			catch (NotFoundException ex) {
				return null;
			}
		}
		return null;
	}

	private Journey journey(ParticipantView p, String timelineUrl, String licencesUrl) {
		Optional<LicenceLine> next = licences.of(p).stream().filter(LicenceLine::next).findFirst();
		return new Journey(p.id(), timeline.latest(p.id(), LATEST), next.orElse(null), timelineUrl, licencesUrl);
	}

}

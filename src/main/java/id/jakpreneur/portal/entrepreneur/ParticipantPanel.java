package id.jakpreneur.portal.entrepreneur;

import java.util.List;
import java.util.Optional;

/**
 * A panel that another module contributes to a participant's overview pages: the entrepreneur's home ({@code /me})
 * and the officer's participant page ({@code /officer/entrepreneurs/{id}}). The host pages collect every bean of
 * this type and render each panel through its own fragment, so a host names no other module's template and a
 * contributing module needs no URL of the host.
 */
public interface ParticipantPanel {

	/** The panel for this participant as seen by this audience, or none. */
	Optional<View> panelFor(ParticipantView participant, Audience audience);

	/** Who looks at the overview page. */
	enum Audience {

		/** The participant on their own home page. */
		PARTICIPANT,

		/** An officer of the participant's area, or an administrator. */
		OFFICER

	}

	/**
	 * What to render: the fragment {@code fragment} of the template {@code template}, which reads its data from
	 * {@code panel.model}.
	 */
	record View(String template, String fragment, Object model) {
	}

	/** Every panel the contributors give for this participant and audience, in the contributors' order. */
	static List<View> collect(List<ParticipantPanel> panels, ParticipantView participant, Audience audience) {
		return panels.stream().flatMap(p -> p.panelFor(participant, audience).stream()).toList();
	}

}

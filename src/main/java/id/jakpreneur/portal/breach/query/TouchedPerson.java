package id.jakpreneur.portal.breach.query;

import java.time.Instant;
import java.util.List;

/**
 * A person whose data the suspected account touched in the window: the participant (null for an account that is
 * none) and/or the account, her name, role, what was touched ({@code SOURCE:DETAIL}, e.g. {@code REVEAL:NIK},
 * {@code CHANGE:phone}, never a value), when first and last, and how many times.
 */
public record TouchedPerson(Long participantId, Long accountId, String name, String role, List<String> sources,
		List<String> touched, Instant firstAt, Instant lastAt, long times) {

	public boolean reachable() {
		return accountId != null;
	}

}

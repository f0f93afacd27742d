package id.jakpreneur.portal.account.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The sessions of one login, found through Spring Session's principal-name index (the email): a password change
 * ends every other session of the account, so whoever knew the old password is logged out everywhere.
 */
@Component
public class AccountSessions {

	private final FindByIndexNameSessionRepository<?> sessions;

	AccountSessions(FindByIndexNameSessionRepository<?> sessions) {
		this.sessions = sessions;
	}

	/** Deletes every session of this login except the one with the given id (may be null: then all). */
	public void endAllBut(String loginName, String keepSessionId) {
		sessions.findByPrincipalName(loginName)
			.keySet()
			.stream()
			.filter(id -> !id.equals(keepSessionId))
			.forEach(sessions::deleteById);
	}

}

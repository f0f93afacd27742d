package id.jakpreneur.portal.eorder.domain;

/**
 * The logged-in buyer as e-Order sees them: their own record and the one organisation whose orders they see and move
 * (decision 122). Resolved from the login for every request, never taken from the URL.
 */
public record BuyerScope(long buyerId, long accountId, long organisationId, String organisationName, String fullName,
		String phone) {
}

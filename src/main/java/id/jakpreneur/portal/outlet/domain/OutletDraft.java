package id.jakpreneur.portal.outlet.domain;

/** An outlet as an officer types it; {@code operatorPartnerId} is null when the province runs it. */
public record OutletDraft(String name, OutletKind kind, Long operatorPartnerId, String address, String villageCode,
		String openingHours, OutletRules rules) {
}

package id.jakpreneur.portal.outlet.query;

import id.jakpreneur.portal.outlet.domain.OutletKind;

/** An outlet in a list, with its place count and the calls still taking applications. */
public record OutletSummary(long id, String name, OutletKind kind, String operatorName, String villageCode,
		int places, int openCalls) {
}

package id.jakpreneur.portal.outlet;

import java.util.List;

import org.springframework.data.domain.Page;

/** One outlet with its places and a page of its calls, newest first. */
public record OutletDetails(long id, OutletDraft draft, String operatorName, String districtCode, String cityCode,
		List<PlaceView> places, Page<CallView> calls) {
}

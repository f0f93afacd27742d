package id.jakpreneur.portal.outlet.query;

import java.util.List;

import id.jakpreneur.portal.outlet.domain.OutletDraft;
import org.springframework.data.domain.Page;

/** One outlet with its places and a page of its calls, newest first. */
public record OutletDetails(long id, OutletDraft draft, String operatorName, String districtCode, String cityCode,
		List<PlaceView> places, Page<CallView> calls) {
}

package id.jakpreneur.portal.outlet.domain;

import java.time.Clock;
import java.time.LocalDate;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.outlet.query.OutletQueries;
import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.region.RegionView;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers keep the outlets of their area (the outlet's kelurahan decides; administrators keep all): the outlet and
 * its rules, its places, and the calls for periods. Outlets outside the officer's area answer "not found"; what
 * officers read is in {@link OutletQueries}.
 */
@Service
@Transactional
public class OutletManagement {

	private final JdbcClient jdbc;

	private final OutletQueries queries;

	private final OutletRepository outlets;

	private final PlaceRepository places;

	private final CallRepository calls;

	private final RegionDirectory regions;

	private final Clock clock;

	OutletManagement(JdbcClient jdbc, OutletQueries queries, OutletRepository outlets, PlaceRepository places,
			CallRepository calls, RegionDirectory regions, Clock clock) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.outlets = outlets;
		this.places = places;
		this.calls = calls;
		this.regions = regions;
		this.clock = clock;
	}

	/**
	 * @throws OutletNameTakenException when another outlet has this name
	 * @throws AccessDeniedException when the kelurahan lies outside the officer's area
	 */
	public long create(PortalUser officer, OutletDraft draft) {
		refuseTakenName(draft.name(), 0);
		RegionView[] area = area(officer, draft.villageCode());
		return save(new Outlet(draft, area[0].code(), area[1].code(), officer.accountId())).getId();
	}

	/** @throws OutletNameTakenException when another outlet has this name */
	public void update(PortalUser officer, long outletId, OutletDraft draft) {
		queries.load(officer, outletId);
		refuseTakenName(draft.name(), outletId);
		RegionView[] area = area(officer, draft.villageCode());
		Outlet outlet = outlets.findById(outletId).orElseThrow(NotFoundException::new);
		outlet.describe(draft, area[0].code(), area[1].code());
		save(outlet);
	}

	/** Writes the outlet now: the unique index on its name decides between concurrent submissions. */
	private Outlet save(Outlet outlet) {
		try {
			return outlets.saveAndFlush(outlet);
		}
		catch (DataIntegrityViolationException ex) {
			if (SqlStates.causedBy(ex, SqlStates.UNIQUE_VIOLATION)) {
				throw new OutletNameTakenException();
			}
			throw ex;
		}
	}

	/** @throws PlaceCodeTakenException when the outlet already has a place with this code */
	public long addPlace(PortalUser officer, long outletId, PlaceDraft draft) {
		queries.load(officer, outletId);
		if (places.existsByOutletIdAndCodeIgnoreCase(outletId, draft.code().strip())) {
			throw new PlaceCodeTakenException();
		}
		try {
			return places.saveAndFlush(new Place(outletId, draft)).getId();
		}
		catch (DataIntegrityViolationException ex) {
			throw new PlaceCodeTakenException();
		}
	}

	/**
	 * Opens a call for a period.
	 * @throws OutletRefusedException when the dates are inconsistent or the outlet has no places yet
	 */
	public long openCall(PortalUser officer, long outletId, CallDraft draft) {
		queries.load(officer, outletId);
		Call call = new Call(outletId, draft, LocalDate.now(clock), officer.accountId());
		if (queries.places(outletId).isEmpty()) {
			throw new OutletRefusedException("outlet.call.noPlaces");
		}
		return calls.save(call).getId();
	}

	private RegionView[] area(PortalUser officer, String villageCode) {
		RegionView village = regions.find(villageCode).orElseThrow(NotFoundException::new);
		if (!OutletQueries.mayManage(officer, villageCode)) {
			throw new AccessDeniedException("outlet outside the officer's area");
		}
		RegionView district = regions.find(village.parentCode()).orElseThrow();
		return new RegionView[] { district, regions.find(district.parentCode()).orElseThrow() };
	}

	/** The friendly early answer; the unique index still decides between concurrent submissions. */
	private void refuseTakenName(String name, long exceptId) {
		if (Boolean.TRUE.equals(jdbc.sql("select exists (select 1 from outlet where lower(name) = lower(:name) and id <> :id)")
			.param("name", name.strip())
			.param("id", exceptId)
			.query(Boolean.class)
			.single())) {
			throw new OutletNameTakenException();
		}
	}

}

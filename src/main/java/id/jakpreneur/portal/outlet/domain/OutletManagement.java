package id.jakpreneur.portal.outlet.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.outlet.query.OutletQueries;
import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.region.RegionView;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
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

	private final PlaceRepository places;

	private final CallRepository calls;

	private final RegionDirectory regions;

	private final Clock clock;

	OutletManagement(JdbcClient jdbc, OutletQueries queries, PlaceRepository places, CallRepository calls,
			RegionDirectory regions, Clock clock) {
		this.jdbc = jdbc;
		this.places = places;
		this.calls = calls;
		this.queries = queries;
		this.regions = regions;
		this.clock = clock;
	}

	/**
	 * @throws OutletNameTakenException when another outlet has this name
	 * @throws AccessDeniedException when the kelurahan lies outside the officer's area
	 */
	public long create(PortalUser officer, OutletDraft draft) {
		refuseTakenName(draft.name(), 0);
		try {
			return outletStatement("""
					insert into outlet (name, kind, operator_partner_id, address, village_code, district_code, city_code,
					  opening_hours, eligible_sectors, min_grade, required_licences, min_phase, fee_per_period,
					  revenue_share_percent, max_consecutive_periods, created_by)
					values (:name, :kind, :operator, :address, :village, :district, :city, :hours, :sectors, :minGrade,
					  :licences, :minPhase, :fee, :share, :maxConsecutive, :createdBy) returning id
					""", officer, draft).param("createdBy", officer.accountId()).query(Long.class).single();
		}
		catch (DuplicateKeyException ex) {
			throw new OutletNameTakenException();
		}
	}

	/** @throws OutletNameTakenException when another outlet has this name */
	public void update(PortalUser officer, long outletId, OutletDraft draft) {
		queries.load(officer, outletId);
		refuseTakenName(draft.name(), outletId);
		try {
			outletStatement("""
					update outlet set name = :name, kind = :kind, operator_partner_id = :operator, address = :address,
					  village_code = :village, district_code = :district, city_code = :city, opening_hours = :hours,
					  eligible_sectors = :sectors, min_grade = :minGrade, required_licences = :licences,
					  min_phase = :minPhase, fee_per_period = :fee, revenue_share_percent = :share,
					  max_consecutive_periods = :maxConsecutive, version = version + 1
					where id = :id
					""", officer, draft).param("id", outletId).update();
		}
		catch (DuplicateKeyException ex) {
			throw new OutletNameTakenException();
		}
	}

	/** The outlet's columns bound by name, its kecamatan and kota found from its kelurahan. */
	private JdbcClient.StatementSpec outletStatement(String sql, PortalUser officer, OutletDraft draft) {
		RegionView[] area = area(officer, draft.villageCode());
		OutletRules r = draft.rules();
		return jdbc.sql(sql)
			.param("name", draft.name().strip())
			.param("kind", draft.kind().name())
			.param("operator", draft.operatorPartnerId())
			.param("address", draft.address().strip())
			.param("village", draft.villageCode())
			.param("district", area[0].code())
			.param("city", area[1].code())
			.param("hours", draft.openingHours().strip())
			.param("sectors", names(r.eligibleSectors()))
			.param("minGrade", name(r.minGrade()))
			.param("licences", names(r.requiredLicences()))
			.param("minPhase", name(r.minPhase()))
			.param("fee", r.feePerPeriod())
			.param("share", r.revenueSharePercent())
			.param("maxConsecutive", r.maxConsecutivePeriods());
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

	private static String[] names(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().toArray(String[]::new);
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

}

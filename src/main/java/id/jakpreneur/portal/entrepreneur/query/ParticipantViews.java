package id.jakpreneur.portal.entrepreneur.query;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.jakpreneur.portal.entrepreneur.BusinessDetails;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.entrepreneur.RegistrationStatus;
import id.jakpreneur.portal.entrepreneur.SalesChannel;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Gender;
import id.jakpreneur.portal.entrepreneur.domain.RegistrationChannel;
import id.jakpreneur.portal.entrepreneur.domain.TargetGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant as pages see it ({@link ParticipantView}), read in one statement with its sales channels and declared
 * licences as arrays: the overview pages read a participant on every request and never change it there, so they take
 * the query side, not the entity (whose query with two fetched collections Hibernate interpreted anew on every call).
 */
@Service
@Transactional(readOnly = true)
public class ParticipantViews {

	private static final String SELECT = """
			select p.id, p.account_id, p.full_name, p.nik_masked, p.kk_masked, p.gender, p.birth_date, p.phone, p.address,
			       p.village_code, p.district_code, p.city_code, p.job_seeker, p.poor_family, p.disability,
			       p.fostering_agency, p.status, p.return_reason, p.channel, p.registered_at, p.validated_at, p.erased_at,
			       p.business_stage, p.business_name, p.sector, p.products, p.started_on, p.capital, p.monthly_sales,
			       p.employees, p.keeps_books, p.had_credit,
			       array(select c.channel from participant_channel c where c.participant_id = p.id) as channels,
			       array(select l.licence_type from participant_licence l where l.participant_id = p.id
			             order by l.licence_type) as licence_types,
			       array(select l.licence_number from participant_licence l where l.participant_id = p.id
			             order by l.licence_type) as licence_numbers
			from participant p
			""";

	private final JdbcClient jdbc;

	ParticipantViews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The participant record of this account, if it registered one. */
	public Optional<ParticipantView> ofAccount(long accountId) {
		return jdbc.sql(SELECT + "where p.account_id = :accountId")
			.param("accountId", accountId)
			.query((rs, n) -> view(rs))
			.optional();
	}

	public Optional<ParticipantView> byId(long participantId) {
		return jdbc.sql(SELECT + "where p.id = :id").param("id", participantId).query((rs, n) -> view(rs)).optional();
	}

	private static ParticipantView view(ResultSet rs) throws SQLException {
		Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
		if (rs.getBoolean("job_seeker")) {
			groups.add(TargetGroup.JOB_SEEKER);
		}
		if (rs.getBoolean("poor_family")) {
			groups.add(TargetGroup.POOR_FAMILY);
		}
		if (rs.getBoolean("disability")) {
			groups.add(TargetGroup.DISABILITY);
		}
		Set<SalesChannel> channels = EnumSet.noneOf(SalesChannel.class);
		for (String channel : strings(rs.getArray("channels"))) {
			channels.add(SalesChannel.valueOf(channel));
		}
		Map<LicenceType, String> licences = new EnumMap<>(LicenceType.class);
		String[] types = strings(rs.getArray("licence_types"));
		String[] numbers = strings(rs.getArray("licence_numbers"));
		for (int i = 0; i < types.length; i++) {
			licences.put(LicenceType.valueOf(types[i]), numbers[i]);
		}
		BusinessDetails business = new BusinessDetails(BusinessStage.valueOf(rs.getString("business_stage")),
				rs.getString("business_name"), Sector.valueOf(rs.getString("sector")), rs.getString("products"),
				rs.getObject("started_on", LocalDate.class), rs.getLong("capital"), rs.getLong("monthly_sales"),
				rs.getInt("employees"), channels, licences, rs.getBoolean("keeps_books"), rs.getBoolean("had_credit"));
		return new ParticipantView(rs.getLong("id"), rs.getObject("account_id", Long.class), rs.getString("full_name"),
				rs.getString("nik_masked"), rs.getString("kk_masked"), Gender.valueOf(rs.getString("gender")),
				rs.getObject("birth_date", LocalDate.class), rs.getString("phone"), rs.getString("address"),
				rs.getString("village_code"), rs.getString("district_code"), rs.getString("city_code"), groups,
				rs.getString("fostering_agency"), RegistrationStatus.valueOf(rs.getString("status")),
				rs.getString("return_reason"), RegistrationChannel.valueOf(rs.getString("channel")),
				instant(rs.getTimestamp("registered_at")), instant(rs.getTimestamp("validated_at")),
				instant(rs.getTimestamp("erased_at")), business);
	}

	private static String[] strings(Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}

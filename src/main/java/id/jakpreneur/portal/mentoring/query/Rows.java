package id.jakpreneur.portal.mentoring.query;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/** Reads of this module's rows by column name: nullable dates and instants, PostgreSQL arrays, enums. */
public final class Rows {

	private Rows() {
	}

	public static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	public static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	/** A nullable bigint column. */
	public static Long longOrNull(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, Long.class);
	}

	/** A text[] column; empty when null. */
	public static String[] strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return array == null ? new String[0] : (String[]) array.getArray();
	}

	/** A bigint[] column; empty when null. */
	public static Set<Long> longs(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		Set<Long> values = new HashSet<>();
		if (array != null) {
			for (Object value : (Object[]) array.getArray()) {
				values.add(((Number) value).longValue());
			}
		}
		return values;
	}

	/** A text[] column of enum names. */
	public static <E extends Enum<E>> Set<E> enums(ResultSet rs, String column, Class<E> type) throws SQLException {
		Set<E> values = EnumSet.noneOf(type);
		for (String name : strings(rs, column)) {
			values.add(Enum.valueOf(type, name));
		}
		return values;
	}

	/** A nullable text column of an enum's name. */
	public static <E extends Enum<E>> E enumOrNull(ResultSet rs, String column, Function<String, E> valueOf)
			throws SQLException {
		String name = rs.getString(column);
		return name == null ? null : valueOf.apply(name);
	}

}

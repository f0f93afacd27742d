package id.jakpreneur.portal.support;

import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every row of every table in the public schema, as COPY writes it: what a leaked dump would show. */
public final class TableDump {

	private TableDump() {
	}

	public static String of(DataSource dataSource) throws SQLException, java.io.IOException {
		List<String> tables = new JdbcTemplate(dataSource).queryForList(
				"select tablename from pg_tables where schemaname = 'public' order by tablename", String.class);
		StringWriter dump = new StringWriter();
		try (Connection connection = dataSource.getConnection()) {
			PGConnection pg = connection.unwrap(PGConnection.class);
			for (String table : tables) {
				dump.write("-- " + table + "\n");
				pg.getCopyAPI().copyOut("COPY public.\"" + table + "\" TO STDOUT", dump);
			}
		}
		return dump.toString();
	}

}

package id.jakpreneur.portal.timeline.domain;

import id.jakpreneur.portal.entrepreneur.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The timeline's copy of what happened to a participant: each entry's kind and time, and arguments that may name her
 * licences, partners' notes or evidence. An erasure keeps the kinds and times and replaces every argument that is not
 * a message key (an evidence key loses its arguments).
 */
@Component
class TimelinePersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	TimelinePersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "timeline";
	}

	@Override
	public Object export(long participantId) {
		return jdbc.sql("""
				select kind, args, occurred_at::text as occurred_at from participant_timeline
				where participant_id = :id order by occurred_at, id
				""")
			.param("id", participantId)
			.query((rs, n) -> java.util.Map.of("kind", rs.getString("kind"), "args",
					java.util.List.of((String[]) rs.getArray("args").getArray()), "occurredAt",
					rs.getString("occurred_at")))
			.list();
	}

	@Override
	public int erase(long participantId) {
		return jdbc.sql("""
				update participant_timeline set args = array(
				  select case when a like 'msg:%' then a when a ~ '^evidence\\.' then split_part(a, '|', 1)
				              else :erased end
				  from unnest(args) with ordinality u(a, i) order by i)
				where participant_id = :id and cardinality(args) > 0
				""").param("erased", ERASED_TEXT).param("id", participantId).update();
	}

}

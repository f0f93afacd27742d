package id.jakpreneur.portal.partner.query;

import java.time.LocalDate;
import java.util.List;

import id.jakpreneur.portal.partner.PartnerChoice;
import id.jakpreneur.portal.partner.PartnerKind;
import id.jakpreneur.portal.partner.domain.MouStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partner register as lists and pickers show it. */
@Service
@Transactional(readOnly = true)
public class PartnerQueries {

	private final JdbcClient jdbc;

	PartnerQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of partners by name: one count and one select, the active offers counted in the same select. */
	public Page<PartnerSummary> list(Pageable page, LocalDate today) {
		long total = jdbc.sql("select count(*) from partner_organisation").query(Long.class).single();
		List<PartnerSummary> rows = jdbc.sql("""
				select p.id, p.kind, p.name, p.mou_number, p.mou_end,
				       (select count(*) from partner_offer o where o.partner_id = p.id and o.active) as offers
				from partner_organisation p order by lower(p.name), p.id limit :limit offset :offset
				""")
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query((rs, n) -> {
				LocalDate mouEnd = rs.getObject("mou_end", LocalDate.class);
				return new PartnerSummary(rs.getLong("id"), PartnerKind.valueOf(rs.getString("kind")),
						rs.getString("name"), rs.getString("mou_number"), mouEnd, MouStatus.of(mouEnd, today),
						rs.getInt("offers"));
			})
			.list();
		return new PageImpl<>(rows, page, total);
	}

	/** Whether an organisation other than {@code exceptId} has this name, compared without case. */
	public boolean nameTaken(String name, long exceptId) {
		return jdbc.sql("""
				select exists (select 1 from partner_organisation where lower(name) = lower(:name) and id <> :exceptId)
				""")
			.param("name", name.strip())
			.param("exceptId", exceptId)
			.query(Boolean.class)
			.single();
	}

	/** Every organisation by name, for pickers; the register holds tens to hundreds of partners, not thousands. */
	public List<PartnerChoice> choices() {
		return jdbc.sql("select id, name from partner_organisation order by lower(name), id")
			.query((rs, n) -> new PartnerChoice(rs.getLong("id"), rs.getString("name")))
			.list();
	}

}

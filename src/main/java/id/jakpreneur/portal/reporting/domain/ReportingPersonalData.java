package id.jakpreneur.portal.reporting.domain;

import id.jakpreneur.portal.entrepreneur.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reporting module's data about a participant: her monthly financial reports. They are figures (sales, costs,
 * employees, channel shares) that identify no one once her record is anonymised, and P6 and the dashboards count them,
 * so an erasure keeps them and replaces only a reviewer's reason for returning one, which is about her; she downloads
 * them with her data, with where each review stands.
 */
@Component
class ReportingPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	ReportingPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "reports";
	}

	@Override
	public Object export(long participantId) {
		return jdbc.sql("""
				select report_month::text as report_month, sales, costs, employees, share_offline, share_marketplace,
				       share_social_media, share_reseller, filed_at::text as filed_at, status, late,
				       verified_at::text as verified_at, return_reason, returned_at::text as returned_at
				from financial_report where participant_id = :id order by report_month
				""").param("id", participantId).query().listOfRows();
	}

	@Override
	public int erase(long participantId) {
		return jdbc.sql("""
				update financial_report set return_reason = :erased
				where participant_id = :id and return_reason is not null
				""").param("erased", ERASED_TEXT).param("id", participantId).update();
	}

}

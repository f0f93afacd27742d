package id.jakpreneur.portal.entrepreneur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.assessment.FreshParticipants;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.support.Citizens;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

@PortalWebTest
class ParticipantSearchTests {

	@Autowired
	ParticipantSearch search;

	@Autowired
	Registration registration;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Assessing assessing;

	@Test
	void findsByNamePrefixKelurahanSectorStatusAndTheStepStillNeeded() {
		long id = registration.register(Citizens.runningKuliner(Citizens.email("cari"), "31.71.06.1001"));
		jdbc.update("update participant set full_name = 'Zulaikha Prasetyo' where id = ?", id);
		PortalUser officer = (PortalUser) accounts.loadUserByUsername("officer@demo.local");
		// a kuliner seller of three years without licences: P4 Perizinan needed, P1 Pendataan completed
		assessing.assessAfterVisit(officer, id, FreshParticipants.answers(Map.of()));
		PageRequest page = PageRequest.of(0, 25);

		assertThat(search.search(officer, new SearchCriteria("zulaikha p", null, null, null, null), page))
			.extracting(ParticipantSummary::id).containsExactly(id);
		assertThat(search.search(officer, new SearchCriteria("ZUL", "31.71.06.1001", Sector.KULINER,
				RegistrationStatus.SUBMITTED, "P4"), page)).extracting(ParticipantSummary::id).contains(id);
		assertThat(search.search(officer, new SearchCriteria("zul", null, null, null, "P1"), page))
			.extracting(ParticipantSummary::id).doesNotContain(id);
		assertThat(search.search(officer, new SearchCriteria("zul", null, Sector.FESYEN, null, null), page)).isEmpty();
		assertThat(search.search(officer, new SearchCriteria("zul", null, null, RegistrationStatus.VALIDATED, null), page))
			.isEmpty();
		// a LIKE wildcard typed into the name is taken literally
		assertThat(search.search(officer, new SearchCriteria("%", null, null, null, null), page)).isEmpty();
	}

}

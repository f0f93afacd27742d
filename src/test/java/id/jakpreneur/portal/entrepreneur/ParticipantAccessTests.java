package id.jakpreneur.portal.entrepreneur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.domain.NewRegistration;
import id.jakpreneur.portal.entrepreneur.domain.ParticipantRepository;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.support.Citizens;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.RegistrationJourneys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Ownership and area: an entrepreneur sees only their own record, an officer only their area's. */
@PortalWebTest
class ParticipantAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	ParticipantRepository participants;

	private long gambirId;

	private NewRegistration gambir;

	@BeforeEach
	void registerSomeoneInGambir() {
		gambir = Citizens.runningKuliner(Citizens.email("gambir"), "31.71.01.1002");
		gambirId = registration.register(gambir);
	}

	private RequestPostProcessor as(String email) {
		return user(accounts.loadUserByUsername(email));
	}

	private RequestPostProcessor officerOfJakartaSelatan() {
		String email = Citizens.email("petugas-selatan");
		accounts.open(new NewAccount(email, "Petugas Selatan", Role.OFFICER, "Petugas-Selatan-1", Set.of("31.74"), false));
		return as(email);
	}

	@Test
	void anEntrepreneurSeesOnlyTheirOwnProfile() throws Exception {
		mvc.perform(get("/me/profile").with(as(gambir.email())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dewi Anggraini")));
		mvc.perform(get("/me/profile").with(DemoUsers.as(accounts, Role.ENTREPRENEUR)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Dewi Anggraini"))));
		// guessing ids on officer pages is refused outright
		mvc.perform(get("/officer/entrepreneurs/" + gambirId).with(DemoUsers.as(accounts, Role.ENTREPRENEUR)))
			.andExpect(status().isForbidden());
	}

	/** The record is read as its read model in one statement: it holds exactly what the entity's view holds. */
	@Test
	void theRecordReadForAViewerIsTheEntitysView() {
		PortalUser officer = (PortalUser) accounts.loadUserByUsername(DemoUsers.emailOf(Role.OFFICER));
		ParticipantView read = records.get(officer, gambirId);
		assertThat(read).isEqualTo(participants.findWithDetailsById(gambirId).orElseThrow().view());
		assertThat(read.targetGroups()).isNotEmpty();
		assertThat(read.business().licences()).isNotEmpty();
	}

	@Test
	void theServiceRefusesAnotherEntrepreneursRecordAsNotFound() {
		PortalUser other = (PortalUser) accounts.loadUserByUsername(DemoUsers.emailOf(Role.ENTREPRENEUR));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> records.get(other, gambirId))
			.isInstanceOf(id.jakpreneur.portal.shared.NotFoundException.class);
	}

	@Test
	void anOfficerSeesOnlyTheirArea() throws Exception {
		mvc.perform(get("/officer/entrepreneurs/" + gambirId).with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dewi Anggraini")));
		RequestPostProcessor selatan = officerOfJakartaSelatan();
		mvc.perform(get("/officer/entrepreneurs/" + gambirId).with(selatan)).andExpect(status().isNotFound());
		mvc.perform(post("/officer/entrepreneurs/" + gambirId + "/validate").with(selatan).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/officer/entrepreneurs?name=Dewi").with(selatan))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/officer/entrepreneurs/" + gambirId + "\""))));
		mvc.perform(get("/officer/entrepreneurs?name=dewi ang").with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(content().string(containsString("/officer/entrepreneurs/" + gambirId + "\"")));
	}

	@Test
	void anOfficerValidatesOrReturnsWithAReasonTheCitizenSees() throws Exception {
		RequestPostProcessor officer = DemoUsers.as(accounts, Role.OFFICER);
		mvc.perform(post("/officer/entrepreneurs/" + gambirId + "/return").with(officer).with(csrf()).param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(model().attribute("returnError", "validation.required"));
		mvc.perform(post("/officer/entrepreneurs/" + gambirId + "/return").with(officer)
			.with(csrf())
			.param("reason", "Foto usaha belum ada; alamat RT/RW belum lengkap.")).andExpect(redirectedUrl("/officer/entrepreneurs/" + gambirId));
		mvc.perform(get("/me").with(as(gambir.email())))
			.andExpect(content().string(containsString("alamat RT/RW belum lengkap")));
		mvc.perform(post("/officer/entrepreneurs/" + gambirId + "/validate").with(officer).with(csrf()))
			.andExpect(redirectedUrl("/officer/entrepreneurs/" + gambirId));
		mvc.perform(get("/me").with(as(gambir.email()))).andExpect(content().string(containsString("Tervalidasi")));
		// once validated it cannot be returned any more
		mvc.perform(post("/officer/entrepreneurs/" + gambirId + "/return").with(officer)
			.with(csrf())
			.param("reason", "Terlambat, sudah divalidasi.")).andExpect(status().isConflict());
	}

	@Test
	void revealingANikNeedsAReasonIsLoggedAndTheCitizenSeesWho() throws Exception {
		RequestPostProcessor officer = DemoUsers.as(accounts, Role.OFFICER);
		mvc.perform(post("/officer/entrepreneurs/" + gambirId + "/reveal").with(officer)
			.with(csrf())
			.param("field", "NIK")
			.param("purpose", "VERIFY_IDENTITY")
			.param("reason", "")).andExpect(model().attributeHasFieldErrorCode("revealForm", "reason", "officer.reveal.reason.tooShort"));
		mvc.perform(post("/officer/entrepreneurs/" + gambirId + "/reveal").with(officer)
			.with(csrf())
			.param("field", "NIK")
			.param("purpose", "VERIFY_IDENTITY")
			.param("reason", "Cocokkan dengan KTP asli di loket"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(gambir.person().nik())));
		mvc.perform(get("/officer/entrepreneurs/" + gambirId).with(officer))
			.andExpect(content().string(not(containsString(gambir.person().nik()))));
		mvc.perform(get("/me/privacy").with(as(gambir.email())))
			.andExpect(content().string(containsString("Petugas Jakarta Pusat")))
			.andExpect(content().string(containsString("Cocokkan dengan KTP asli di loket")))
			.andExpect(content().string(not(containsString(gambir.person().nik()))));
	}

	@Test
	void anEntrepreneurCorrectsTheProfileButCannotChangeTheNik() throws Exception {
		mvc.perform(post("/me/profile").with(as(gambir.email())).with(csrf()).params(ProfileParams.of(gambir, "Kue Dewi Jaya"))
			.param("nik", "3171014907850009")).andExpect(redirectedUrl("/me/profile"));
		mvc.perform(get("/me/profile").with(as(gambir.email())))
			.andExpect(content().string(containsString("Kue Dewi Jaya")))
			.andExpect(content().string(containsString("Nama usaha")))
			.andExpect(content().string(containsString(gambir.person().nik().substring(0, 4) + "**********")));
		PortalUser officer = (PortalUser) accounts.loadUserByUsername("officer@demo.local");
		assertThat(records.get(officer, gambirId).nikMasked()).endsWith(gambir.person().nik().substring(14));
	}

	@Test
	void theDownloadContainsTheCitizensOwnData() throws Exception {
		mvc.perform(get("/me/privacy/export.json").with(as(gambir.email())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"nik\":\"" + gambir.person().nik() + "\"")));
		mvc.perform(get("/me/privacy/export.csv").with(as(gambir.email())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("fullName,Dewi Anggraini\r\n")));
		mvc.perform(post("/me/privacy/deletion").with(as(gambir.email())).with(csrf()))
			.andExpect(redirectedUrl("/me/privacy"));
		mvc.perform(get("/me/privacy").with(as(gambir.email())))
			.andExpect(content().string(containsString("Permintaan penghapusan data Anda tercatat")));
	}

	@Test
	void aWalkInRegistrationIsRecordedAsSuchAndStaysInTheOfficersArea() throws Exception {
		java.util.Map<String, String> form = RegistrationTests.validForm();
		// answered with the activation slip, which leads back to the new record
		String location = (String) RegistrationJourneys
			.counter(mvc, r -> r.with(DemoUsers.as(accounts, Role.OFFICER)), form)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("slip-code")))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("slipBack");
		assertThat(location).startsWith("/officer/entrepreneurs/");
		mvc.perform(get(location).with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(content().string(containsString("Loket kecamatan")));
		java.util.Map<String, String> outside = RegistrationTests.validForm();
		outside.put("cityCode", "31.74");
		outside.put("districtCode", "31.74.01");
		outside.put("villageCode", "31.74.01.1001");
		RegistrationJourneys.counter(mvc, r -> r.with(DemoUsers.as(accounts, Role.OFFICER)), outside)
			.andExpect(model().attribute("step", org.hamcrest.Matchers.hasToString("ADDRESS")))
			.andExpect(model().attributeHasFieldErrorCode("form", "villageCode", "officer.village.outsideArea"));
	}

	/** The profile form as the entrepreneur would send it back, with one field changed. */
	static final class ProfileParams {

		static org.springframework.util.MultiValueMap<String, String> of(NewRegistration r, String businessName) {
			var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
			var p = r.person();
			var b = r.business();
			params.add("fullName", p.fullName());
			params.add("gender", p.gender().name());
			params.add("birthDate", p.birthDate().toString());
			params.add("phone", p.phone());
			params.add("villageCode", p.villageCode());
			params.add("address", p.address());
			params.add("stage", b.stage().name());
			params.add("businessName", businessName);
			params.add("sector", b.sector().name());
			params.add("products", b.products());
			params.add("startedOn", b.startedOn().toString());
			params.add("capital", String.valueOf(b.capital()));
			params.add("monthlySales", String.valueOf(b.monthlySales()));
			params.add("employees", String.valueOf(b.employees()));
			b.channels().forEach(c -> params.add("channels", c.name()));
			b.licences().forEach((type, number) -> params.add("licences", type.name()));
			params.add("nibNumber", b.licences().getOrDefault(LicenceType.NIB, ""));
			params.add("keepsBooks", String.valueOf(b.keepsBooks()));
			params.add("hadCredit", String.valueOf(b.hadCredit()));
			return params;
		}

	}

}

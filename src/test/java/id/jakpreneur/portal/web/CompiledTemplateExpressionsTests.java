package id.jakpreneur.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.support.CompiledDrawings;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Template expressions are compiled to bytecode once evaluated often enough (decision 132), and the record pages read
 * the same once they are ({@link CompiledDrawings}; the mentor's mentee page: {@code GuidanceWebTests}).
 */
@PortalWebTest
class CompiledTemplateExpressionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	SpringTemplateEngine templates;

	@Test
	void theTemplateEngineCompilesExpressions() {
		assertThat(templates.getEnableSpringELCompiler()).isTrue();
	}

	@Test
	void theEntrepreneursHomeReadsTheSameOnceItsExpressionsAreCompiled() throws Exception {
		CompiledDrawings.assertDrawnAlike(mvc, "/me", DemoUsers.as(accounts, Role.ENTREPRENEUR));
	}

	@Test
	void theOfficersParticipantPageReadsTheSameOnceItsExpressionsAreCompiled() throws Exception {
		String list = CompiledDrawings.drawn(mvc, "/officer/entrepreneurs", DemoUsers.as(accounts, Role.OFFICER));
		Matcher link = Pattern.compile("href=\"(/officer/entrepreneurs/\\d+)\"").matcher(list);
		assertThat(link.find()).as("a participant on the officer's list").isTrue();
		CompiledDrawings.assertDrawnAlike(mvc, link.group(1), DemoUsers.as(accounts, Role.OFFICER));
	}

}

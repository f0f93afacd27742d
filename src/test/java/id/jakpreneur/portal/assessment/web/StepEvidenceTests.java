package id.jakpreneur.portal.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import id.jakpreneur.portal.assessment.StepCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

class StepEvidenceTests {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final StepEvidence evidence = new StepEvidence(messages());

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("channel.OFFLINE", INDONESIAN, "Jualan langsung");
		messages.addMessage("channel.SOCIAL_MEDIA", INDONESIAN, "Media sosial");
		messages.addMessage("channel.OFFLINE", Locale.ENGLISH, "Direct sales");
		return messages;
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void theChannelsOfARecognisedMarketingStepAreNamedInTheReadersLanguage() {
		LocaleContextHolder.setLocale(INDONESIAN);
		assertThat(evidence.text(StepCode.P5, "OFFLINE, SOCIAL_MEDIA")).isEqualTo("Jualan langsung, Media sosial");
		assertThat(evidence.text("P5", "OFFLINE")).isEqualTo("Jualan langsung");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(evidence.text(StepCode.P5, "OFFLINE")).isEqualTo("Direct sales");
	}

	@Test
	void anyOtherEvidenceIsShownAsRecorded() {
		assertThat(evidence.text(StepCode.P5, "Bazar Jakarta Fair, 3 hari")).isEqualTo("Bazar Jakarta Fair, 3 hari");
		assertThat(evidence.text(StepCode.P5, "OFFLINE, Bazar")).isEqualTo("OFFLINE, Bazar");
		assertThat(evidence.text(StepCode.P4, "NIB 9120301234567")).isEqualTo("NIB 9120301234567");
		assertThat(evidence.text(StepCode.P4, "OFFLINE")).isEqualTo("OFFLINE");
		assertThat(evidence.text(StepCode.P5, null)).isNull();
	}

}

package id.jakpreneur.portal.assessment.web;

import java.util.StringJoiner;

import id.jakpreneur.portal.assessment.Evidence;
import id.jakpreneur.portal.entrepreneur.SalesChannel;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A step's evidence as pages show it ({@code ${@stepEvidence.text(step, evidence)}}). The policy records the channels
 * of a recognised P5 by their codes ("OFFLINE, SOCIAL_MEDIA"), the same in every language; they are shown by their
 * names in the reader's language ("Jualan langsung (warung, lapak, pesanan), Media sosial"). Evidence stored as a
 * message key with arguments ({@link Evidence}) is that message in the reader's language; anything else (licence
 * numbers, a sentence stored before keys were) is shown as recorded.
 */
@Component("stepEvidence")
public class StepEvidence {

	private static final String MARKETING_STEP = "P5";

	private final MessageSource messages;

	StepEvidence(MessageSource messages) {
		this.messages = messages;
	}

	/** The evidence to show; {@code step} is the step's code (an enum or its name). */
	public String text(Object step, String evidence) {
		Evidence keyed = Evidence.read(evidence).orElse(null);
		if (keyed != null) {
			return messages.getMessage(keyed.key(), keyed.args().toArray(), evidence, LocaleContextHolder.getLocale());
		}
		if (evidence == null || step == null || !MARKETING_STEP.equals(step.toString())) {
			return evidence;
		}
		StringJoiner names = new StringJoiner(", ");
		for (String code : evidence.split(", ", -1)) {
			if (!isChannel(code)) {
				return evidence;
			}
			names.add(messages.getMessage("channel." + code, null, code, LocaleContextHolder.getLocale()));
		}
		return names.toString();
	}

	private static boolean isChannel(String code) {
		for (SalesChannel channel : SalesChannel.values()) {
			if (channel.name().equals(code)) {
				return true;
			}
		}
		return false;
	}

}

package id.jakpreneur.portal.notification.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.SecretKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of a notice or a secret message in a language, from the message bundles: the one place that turns a
 * kind and its arguments into text, for the notices page and every channel. An argument written {@code msg:key} is
 * that message in the same language.
 */
@Component
public class MessageTexts {

	static final String MESSAGE_ARGUMENT = "msg:";

	private static final String SEPARATOR = "\n\n-----\n\n";

	private static final List<Locale> BOTH = List.of(Locale.forLanguageTag("id"), Locale.ENGLISH);

	private final MessageSource messages;

	MessageTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String notice(NoticeKind kind, List<String> args, Locale language) {
		return messages.getMessage("notification.notice." + kind.name(), resolved(args, language), language);
	}

	/** The arguments with every {@code msg:key} replaced by its message in the language. */
	public Object[] resolved(List<String> args, Locale language) {
		return args.stream()
			.map(arg -> arg != null && arg.startsWith(MESSAGE_ARGUMENT)
					? messages.getMessage(arg.substring(MESSAGE_ARGUMENT.length()), null, arg, language) : arg)
			.toArray();
	}

	String noticeSubject(Locale language) {
		return messages.getMessage("notification.mail.subject", null, language);
	}

	/** A notice's e-mail text: the notice, then the link into the portal. */
	String noticeBody(NoticeKind kind, List<String> args, String url, Locale language) {
		return messages.getMessage("notification.mail.body", new Object[] { notice(kind, args, language), url },
				language);
	}

	String secretSubject(SecretKind kind, Locale language) {
		return inLanguages(kind, language, " / ", l -> messages.getMessage(kind.subjectKey(), null, l));
	}

	/** A secret message's text: {0} the secret, {1} the portal's address, {2}… the sender's arguments. */
	String secretBody(SecretKind kind, String secret, String portalUrl, List<String> args, Locale language) {
		return inLanguages(kind, language, SEPARATOR, l -> {
			List<Object> all = new ArrayList<>();
			all.add(secret == null ? "" : secret);
			all.add(portalUrl);
			all.addAll(List.of(resolved(args, l)));
			return messages.getMessage("notification.secret." + kind.name(), all.toArray(), l);
		});
	}

	private static String inLanguages(SecretKind kind, Locale language, String separator,
			java.util.function.Function<Locale, String> text) {
		if (!kind.bothLanguages()) {
			return text.apply(language);
		}
		List<String> parts = new ArrayList<>();
		for (Locale each : BOTH) {
			parts.add(text.apply(each));
		}
		return String.join(separator, parts);
	}

}

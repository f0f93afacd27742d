package id.jakpreneur.portal.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** What the portal mailed through {@link TestMail}, read with a deadline (mail leaves on a background thread). */
public final class Mailbox {

	private static final Pattern ACTIVATION_TOKEN = Pattern.compile("/register/activate\\?token=([A-Za-z0-9_-]{43})");

	private Mailbox() {
	}

	/** Every mail to the address, once at least {@code count} arrived (within 10 s). */
	public static List<MimeMessage> awaitMailsTo(String address, int count) throws Exception {
		long deadline = System.currentTimeMillis() + 10_000;
		List<MimeMessage> found = mailsTo(address);
		while (found.size() < count && System.currentTimeMillis() < deadline) {
			Thread.sleep(25);
			found = mailsTo(address);
		}
		if (found.size() < count) {
			throw new AssertionError(count + " mails to " + address + " expected within 10 s, got " + found.size());
		}
		return found;
	}

	/** The first mail to the address whose text contains {@code text}, within 10 s. */
	public static MimeMessage awaitMailContaining(String address, String text) throws Exception {
		long deadline = System.currentTimeMillis() + 10_000;
		do {
			for (MimeMessage message : mailsTo(address)) {
				if (text(message).contains(text)) {
					return message;
				}
			}
			Thread.sleep(25);
		}
		while (System.currentTimeMillis() < deadline);
		throw new AssertionError("no mail to " + address + " containing \"" + text + "\" within 10 s");
	}

	public static MimeMessage awaitMailTo(String address) throws Exception {
		return awaitMailsTo(address, 1).get(0);
	}

	public static List<MimeMessage> mailsTo(String address) throws MessagingException {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : TestMail.server().getReceivedMessages()) {
			if (Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address))) {
				found.add(message);
			}
		}
		return found;
	}

	public static String text(MimeMessage message) throws Exception {
		return String.valueOf(message.getContent());
	}

	/** The token of the activation link in a registration mail. */
	public static String activationToken(MimeMessage message) throws Exception {
		Matcher m = ACTIVATION_TOKEN.matcher(text(message));
		if (!m.find()) {
			throw new AssertionError("no activation link in: " + text(message));
		}
		return m.group(1);
	}

}

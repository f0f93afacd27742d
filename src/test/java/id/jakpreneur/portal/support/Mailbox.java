package id.jakpreneur.portal.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * What the portal mailed through {@link TestMail}, read with a deadline: mail leaves through the outbox on its worker's
 * thread right after the commit.
 */
public final class Mailbox {

	private static final Pattern ACTIVATION_TOKEN = Pattern.compile("/register/activate\\?token=([A-Za-z0-9_-]{43})");

	private Mailbox() {
	}

	/** Every mail to the address, once at least {@code count} arrived (within 10 s). */
	public static List<MimeMessage> awaitMailsTo(String address, int count) throws Exception {
		List<MimeMessage> found = awaitMail(address, mails -> mails.size() >= count);
		if (found == null) {
			throw new AssertionError(count + " mails to " + address + " expected within 10 s, got "
					+ mailsTo(address).size());
		}
		return found;
	}

	/** The first mail to the address whose text contains {@code text}, within 10 s. */
	public static MimeMessage awaitMailContaining(String address, String text) throws Exception {
		List<MimeMessage> found = awaitMail(address, mails -> containing(mails, text) != null);
		if (found == null) {
			throw new AssertionError("no mail to " + address + " containing \"" + text + "\" within 10 s");
		}
		return containing(found, text);
	}

	/**
	 * The mails to the address once they satisfy the condition, or null after 10 s. Between looks it waits for the
	 * server's next delivery (GreenMail's own wait on incoming mail), so it never sleeps.
	 */
	private static List<MimeMessage> awaitMail(String address, Predicate<List<MimeMessage>> condition)
			throws Exception {
		long deadline = System.currentTimeMillis() + 10_000;
		while (true) {
			MimeMessage[] all = TestMail.server().getReceivedMessages();
			List<MimeMessage> found = to(all, address);
			if (condition.test(found)) {
				return found;
			}
			long left = deadline - System.currentTimeMillis();
			if (left <= 0 || !TestMail.server().waitForIncomingEmail(left, all.length + 1)) {
				found = mailsTo(address);
				return condition.test(found) ? found : null;
			}
		}
	}

	private static MimeMessage containing(List<MimeMessage> mails, String text) {
		for (MimeMessage message : mails) {
			try {
				if (text(message).contains(text)) {
					return message;
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
		return null;
	}

	public static MimeMessage awaitMailTo(String address) throws Exception {
		return awaitMailsTo(address, 1).get(0);
	}

	public static List<MimeMessage> mailsTo(String address) throws MessagingException {
		return to(TestMail.server().getReceivedMessages(), address);
	}

	private static List<MimeMessage> to(MimeMessage[] messages, String address) throws MessagingException {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : messages) {
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

package id.jakpreneur.portal.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dev run's mail: an SMTP server in the JVM (GreenMail, on a free port) that the portal sends to, and a page on
 * http://localhost:8025 (or {@code -Ddev.mail.port}) that lists every message it received, newest first, with its
 * links clickable: a newcomer can register, open the activation mail and follow it on a laptop. The same page stands
 * in for the WhatsApp Cloud API ({@code POST /v21.0/<number id>/messages}) and lists the WhatsApp messages too, so a
 * citizen with only a mobile number can reset her password in the dev run. Only for the one-command run; nothing
 * leaves the machine.
 */
public final class DevMailbox {

	private static final String WHATSAPP_API = "/v21.0/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<]+");

	private final GreenMail smtp;

	private final HttpServer page;

	private final List<String> whatsApp = Collections.synchronizedList(new ArrayList<>());

	private DevMailbox(GreenMail smtp, HttpServer page) {
		this.smtp = smtp;
		this.page = page;
	}

	/** Starts both servers and returns the mailbox; {@link #smtpPort()} is what {@code spring.mail.port} needs. */
	public static DevMailbox start(int pagePort) throws IOException {
		GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		HttpServer page = HttpServer.create(new InetSocketAddress("127.0.0.1", pagePort), 0);
		DevMailbox mailbox = new DevMailbox(smtp, page);
		page.createContext("/", mailbox::list);
		page.createContext(WHATSAPP_API, mailbox::receiveWhatsApp);
		page.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			page.stop(0);
			smtp.stop();
		}));
		return mailbox;
	}

	public int smtpPort() {
		return smtp.getSmtp().getPort();
	}

	public int pagePort() {
		return page.getAddress().getPort();
	}

	/** What {@code jakpreneur.whatsapp.api-url} needs for the portal's WhatsApp messages to land here. */
	public String whatsAppApiUrl() {
		return "http://127.0.0.1:" + pagePort() + WHATSAPP_API.replaceAll("/$", "");
	}

	/** A Cloud API template message: kept as "to, template, parameters" for the page, answered as the API would. */
	private void receiveWhatsApp(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!"POST".equals(exchange.getRequestMethod())) {
				exchange.sendResponseHeaders(405, -1);
				return;
			}
			JsonNode request = JSON.readTree(exchange.getRequestBody());
			JsonNode template = request.path("template");
			StringBuilder text = new StringBuilder();
			for (JsonNode component : template.path("components")) {
				for (JsonNode parameter : component.path("parameters")) {
					text.append(parameter.path("text").asString()).append('\n');
				}
			}
			whatsApp.add("<article><p><strong>WhatsApp: " + escape(template.path("name").asString()) + " ("
					+ escape(template.path("language").path("code").asString()) + ")</strong><br>To: +"
					+ escape(request.path("to").asString()) + "</p><pre>" + linked(escape(text.toString()))
					+ "</pre></article>");
			byte[] body = "{\"messages\":[{\"id\":\"wamid.dev\"}]}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
		}
	}

	private void list(HttpExchange exchange) throws IOException {
		StringBuilder html = new StringBuilder("""
				<!doctype html><html lang="en"><head><meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1"><title>Dev mailbox</title>
				<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}
				article{border:1px solid #ccc;border-radius:.5rem;padding:.5rem 1rem;margin:1rem 0}
				pre{white-space:pre-wrap;word-break:break-word}</style></head><body>
				<h1>Dev mailbox</h1><p>Mail the portal sent in this run (./mvnw spring-boot:test-run), newest first; WhatsApp messages below.
				Reload to see new mail.</p>
				""");
		List<MimeMessage> messages = new ArrayList<>(List.of(smtp.getReceivedMessages()));
		Collections.reverse(messages);
		if (messages.isEmpty()) {
			html.append("<p>No mail yet.</p>");
		}
		for (MimeMessage message : messages) {
			html.append(article(message));
		}
		html.append("<h2>WhatsApp</h2><p>Template messages the portal sent to the WhatsApp Cloud API, newest first: the "
				+ "template's name and its parameters, in order.</p>");
		List<String> sent = new ArrayList<>(whatsApp);
		Collections.reverse(sent);
		if (sent.isEmpty()) {
			html.append("<p>No WhatsApp message yet.</p>");
		}
		sent.forEach(html::append);
		byte[] body = html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static String article(MimeMessage message) {
		try {
			String to = String.join(", ", List.of(message.getRecipients(Message.RecipientType.TO)).stream()
				.map(Object::toString)
				.toList());
			return "<article><p><strong>" + escape(message.getSubject()) + "</strong><br>To: " + escape(to)
					+ "<br>Sent: " + escape(String.valueOf(message.getSentDate())) + "</p><pre>"
					+ linked(escape(text(message.getContent()))) + "</pre></article>";
		}
		catch (MessagingException | IOException ex) {
			return "<article><p>Unreadable message: " + escape(ex.getMessage()) + "</p></article>";
		}
	}

	private static String text(Object content) throws MessagingException, IOException {
		if (content instanceof Multipart multipart) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart part = multipart.getBodyPart(i);
				if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
					text.append(text(part.getContent()));
				}
			}
			return text.toString();
		}
		return String.valueOf(content);
	}

	private static String linked(String escaped) {
		Matcher link = LINK.matcher(escaped);
		return link.replaceAll(match -> "<a href=\"" + match.group() + "\">" + match.group() + "</a>");
	}

	private static String escape(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text);
	}

}

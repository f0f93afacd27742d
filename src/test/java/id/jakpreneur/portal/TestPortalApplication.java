package id.jakpreneur.portal;

import java.io.IOException;

import id.jakpreneur.portal.support.DevMailbox;
import id.jakpreneur.portal.support.TestDatabase;
import org.springframework.boot.SpringApplication;

/**
 * Runs the portal on a fresh machine with only a JDK: {@code ./mvnw spring-boot:test-run}. It starts an
 * embedded PostgreSQL 17 whose data lives in {@code .devdb/} (kept between runs, ignored by git), a mail server whose
 * messages are listed on http://localhost:8025 ({@link DevMailbox}), and reads the development configuration
 * {@code dev/application.properties} (demo mode on, scheduled jobs on as in production) instead of the tests' one.
 */
public class TestPortalApplication {

	public static void main(String[] args) throws IOException {
		if (System.getProperty(TestDatabase.DATA_DIR_PROPERTY) == null) {
			System.setProperty(TestDatabase.DATA_DIR_PROPERTY, ".devdb");
		}
		// the main configuration, then the dev run's own; never the tests' (classpath:/config/)
		System.setProperty("spring.config.location",
				"classpath:/application.properties,classpath:/dev/application.properties");
		DevMailbox mail = DevMailbox.start(Integer.getInteger("dev.mail.port", 8025));
		System.setProperty("spring.mail.port", String.valueOf(mail.smtpPort()));
		System.setProperty("jakpreneur.whatsapp.api-url", mail.whatsAppApiUrl());
		System.setProperty("jakpreneur.whatsapp.phone-number-id", "100000000000000");
		System.setProperty("jakpreneur.whatsapp.access-token", "dev-run");
		System.out.println("Dev mailbox: mail and WhatsApp messages the portal sends are listed on http://localhost:" + mail.pagePort());
		SpringApplication.from(PortalApplication::main).with(TestDatabase.class).run(args);
	}

}

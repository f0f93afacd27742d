package id.jakpreneur.portal.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server in this JVM (GreenMail, on a free port), started once and shared like the test database, and
 * the portal's mail sender pointed at it: what {@code spring.mail.host} gives in production. Tests read what was
 * sent from {@link #server()}; portals started without this configuration have no mail server, which must also work.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMail {

	public static GreenMail server() {
		return Holder.SERVER;
	}

	@Bean
	JavaMailSender javaMailSender() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(server().getSmtp().getPort());
		sender.setDefaultEncoding("UTF-8");
		return sender;
	}

	private static final class Holder {

		static final GreenMail SERVER = start();

		private static GreenMail start() {
			GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
			return server;
		}

	}

}

package id.jakpreneur.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PortalApplication {

	static {
		// Dates and times on pages are Jakarta's (WIB); the database stores instants (timestamptz).
		java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Jakarta"));
	}

	public static void main(String[] args) {
		SpringApplication.run(PortalApplication.class, args);
	}

}

package id.jakpreneur.portal;

import id.jakpreneur.portal.support.TestDatabase;
import org.springframework.boot.SpringApplication;

/**
 * Runs the portal on a fresh machine with only a JDK: {@code ./mvnw spring-boot:test-run}. It starts an
 * embedded PostgreSQL 17 whose data lives in {@code .devdb/} (kept between runs, ignored by git) and switches
 * demo mode on, so the demo accounts exist.
 */
public class TestPortalApplication {

	public static void main(String[] args) {
		if (System.getProperty(TestDatabase.DATA_DIR_PROPERTY) == null) {
			System.setProperty(TestDatabase.DATA_DIR_PROPERTY, ".devdb");
		}
		System.setProperty("jakpreneur.demo.enabled", System.getProperty("jakpreneur.demo.enabled", "true"));
		System.setProperty("spring.thymeleaf.cache", System.getProperty("spring.thymeleaf.cache", "false"));
		SpringApplication.from(PortalApplication::main).with(TestDatabase.class).run(args);
	}

}

package id.jakpreneur.portal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole portal on the real test database, driven through MockMvc, with an in-process SMTP server as its mail
 * server ({@link TestMail}). All such tests share one cached application context, so keep them free of extra
 * configuration.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@PostgresTest
@Import({ TestMail.class, DispatcherAsServed.class })
public @interface PortalWebTest {

}

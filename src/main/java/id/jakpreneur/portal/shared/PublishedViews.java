package id.jakpreneur.portal.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a module's {@code package-info.java}: the SQL views (created by a Flyway migration) that this module publishes
 * for other modules' read models. They are part of the module's API like its public types: another module's SQL
 * may name these views, never this module's tables. The architecture tests check both.
 */
@Target(ElementType.PACKAGE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PublishedViews {

	/** The views' names, as in the migration that creates them. */
	String[] value();

}

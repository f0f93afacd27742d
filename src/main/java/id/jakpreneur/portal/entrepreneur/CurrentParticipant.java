package id.jakpreneur.portal.entrepreneur;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller parameter of type {@link ParticipantView} that receives the logged-in entrepreneur's own
 * participant record; a login without one answers 404. The one place "my participant or 404" is written.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CurrentParticipant {
}

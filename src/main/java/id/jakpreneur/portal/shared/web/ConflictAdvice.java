package id.jakpreneur.portal.shared.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A change that collides with another one (a unique or exclusion constraint, a stale version) becomes
 * the 409 page instead of a 500. Features that expect a conflict turn it into a field message first;
 * this is the safety net. Only the exception type is logged: constraint details may quote personal data.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ConflictAdvice {

	private static final Logger log = LoggerFactory.getLogger(ConflictAdvice.class);

	@ExceptionHandler({ DataIntegrityViolationException.class, OptimisticLockingFailureException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(Exception ex) {
		log.info("Request refused with 409: {}", ex.getClass().getSimpleName());
		return "error/409";
	}

}

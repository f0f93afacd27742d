package id.jakpreneur.portal.eorder.query;

import java.time.Instant;
import java.time.LocalDate;

import id.jakpreneur.portal.eorder.domain.OrderStatus;

/** An order in a list: the other party's name (the business for buyers, the organisation for sellers). */
public record OrderRow(long id, OrderStatus status, String counterpart, Long total, LocalDate deliveryDate,
		Instant requestedAt, boolean paid) {
}

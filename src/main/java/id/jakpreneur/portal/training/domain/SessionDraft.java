package id.jakpreneur.portal.training.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/** A session as an officer plans it; {@code place} is an address or, for an online class, the meeting link. */
public record SessionDraft(LocalDate date, LocalTime start, LocalTime end, String place) {
}

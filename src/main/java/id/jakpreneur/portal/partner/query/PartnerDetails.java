package id.jakpreneur.portal.partner.query;

import id.jakpreneur.portal.partner.OfferView;
import id.jakpreneur.portal.partner.PartnerKind;
import id.jakpreneur.portal.partner.domain.MouStatus;
import java.time.LocalDate;
import java.util.List;

/** A partner organisation with its contact people and all its offers, active or not. */
public record PartnerDetails(long id, PartnerKind kind, String name, String mouNumber, LocalDate mouStart,
		LocalDate mouEnd, MouStatus mouStatus, List<ContactView> contacts, List<OfferView> offers) {

	public PartnerDetails {
		contacts = List.copyOf(contacts);
		offers = List.copyOf(offers);
	}

}

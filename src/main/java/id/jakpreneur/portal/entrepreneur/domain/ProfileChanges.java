package id.jakpreneur.portal.entrepreneur.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

import id.jakpreneur.portal.entrepreneur.BusinessDetails;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.shared.Rupiah;

/** The changed fields of one edit of a profile, each becoming one entry of its history (NIK and KK only masked). */
public final class ProfileChanges {

	private final long participantId;

	private final long editorId;

	private final Instant at;

	private final List<ParticipantChange> changes = new ArrayList<>();

	public ProfileChanges(long participantId, long editorId, Instant at) {
		this.participantId = participantId;
		this.editorId = editorId;
		this.at = at;
	}

	public void add(String field, String before, String after) {
		changes.add(new ParticipantChange(participantId, editorId, field, before, after, at));
	}

	/** Every field of the person and the business that differs, as written to the record. */
	public void compare(PersonDetails a, PersonDetails b, BusinessDetails x, BusinessDetails y) {
		diff("fullName", a.fullName(), b.fullName().strip());
		diff("gender", a.gender(), b.gender());
		diff("birthDate", a.birthDate(), b.birthDate());
		diff("phone", a.phone(), b.phone());
		diff("address", a.address(), b.address().strip());
		diff("villageCode", a.villageCode(), b.villageCode());
		diff("targetGroups", sorted(a.targetGroups()), sorted(b.targetGroups()));
		diff("businessStage", x.stage(), y.stage());
		diff("businessName", x.name(), y.name().strip());
		diff("sector", x.sector(), y.sector());
		diff("products", x.products(), y.products().strip());
		diff("startedOn", x.startedOn(), y.stage() == BusinessStage.IDEA ? null : y.startedOn());
		diff("capital", Rupiah.format(x.capital()), Rupiah.format(y.capital()));
		diff("monthlySales", Rupiah.format(x.monthlySales()), Rupiah.format(y.monthlySales()));
		diff("employees", x.employees(), y.employees());
		diff("channels", sorted(x.channels()), sorted(y.channels()));
		diff("licences", new TreeMap<>(x.licences()).toString(), new TreeMap<>(y.licences()).toString());
		diff("keepsBooks", x.keepsBooks(), y.keepsBooks());
		diff("hadCredit", x.hadCredit(), y.hadCredit());
	}

	public boolean isEmpty() {
		return changes.isEmpty();
	}

	public List<ParticipantChange> list() {
		return List.copyOf(changes);
	}

	private void diff(String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			add(field, before == null ? null : before.toString(), after == null ? null : after.toString());
		}
	}

	private static String sorted(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().toList().toString();
	}

}

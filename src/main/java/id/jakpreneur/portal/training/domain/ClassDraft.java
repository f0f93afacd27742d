package id.jakpreneur.portal.training.domain;

import id.jakpreneur.portal.entrepreneur.Sector;

/**
 * A class as an officer sets it up. {@code districtCode} is the kecamatan where it meets, or {@code null} for an
 * online class; {@code cityCode} is the organising kota (the kecamatan's own kota for a class that meets). The
 * trainer is a partner organisation or, when {@code trainerPartnerId} is null, an agency by name.
 */
public record ClassDraft(String title, Sector sector, String cityCode, String districtCode, int capacity,
		int minSessions, Long trainerPartnerId, String trainerAgency) {
}

package id.jakpreneur.portal.training.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.jakpreneur.portal.entrepreneur.Sector;

/**
 * A basic class of P2 Pelatihan for one commodity: in a kecamatan, or online and organised by a kota; with a
 * capacity, a trainer (a partner organisation or an agency), and the certificate rule (minimum sessions attended).
 */
@Entity
@Table(name = "training_class")
class TrainingClass {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	@Enumerated(EnumType.STRING)
	private Sector sector;

	private String cityCode;

	private String districtCode;

	private boolean online;

	private int capacity;

	private int minSessions;

	private Long trainerPartnerId;

	private String trainerAgency;

	private long createdBy;

	private Instant createdAt;

	@Version
	private long version;

	protected TrainingClass() {
	}

	TrainingClass(ClassDraft draft, long createdBy, Instant createdAt) {
		this.title = draft.title().strip();
		this.sector = draft.sector();
		this.cityCode = draft.cityCode();
		this.districtCode = draft.districtCode();
		this.online = draft.districtCode() == null;
		this.capacity = draft.capacity();
		this.minSessions = draft.minSessions();
		this.trainerPartnerId = draft.trainerPartnerId();
		this.trainerAgency = draft.trainerPartnerId() == null ? draft.trainerAgency().strip() : null;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	Long getId() {
		return id;
	}

}

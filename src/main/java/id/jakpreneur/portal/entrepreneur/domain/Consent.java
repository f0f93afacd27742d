package id.jakpreneur.portal.entrepreneur.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Consent to the processing of personal data, given against one version of the privacy notice. */
@Entity
class Consent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long participantId;

	private String noticeVersion;

	private Instant givenAt;

	private Instant withdrawnAt;

	protected Consent() {
	}

	Consent(long participantId, String noticeVersion, Instant givenAt) {
		this.participantId = participantId;
		this.noticeVersion = noticeVersion;
		this.givenAt = givenAt;
	}

}

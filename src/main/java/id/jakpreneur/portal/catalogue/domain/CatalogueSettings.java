package id.jakpreneur.portal.catalogue.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public Katalog's limits and address.
 * @param questionsPerAddress ask-the-seller messages one client address may send per window
 * @param questionsPerSeller messages one seller may receive per window, from everyone together
 * @param questionsOverall messages per window, all sellers together
 * @param questionWindow the length of a counting window (fixed windows, aligned to the epoch)
 * @param portalUrl the portal's public address, in front of canonical URLs, OpenGraph images and the sitemap
 */
@ConfigurationProperties("jakpreneur.catalogue")
public record CatalogueSettings(int questionsPerAddress, int questionsPerSeller, int questionsOverall,
		Duration questionWindow, String portalUrl) {

	public CatalogueSettings {
		if (questionsPerAddress < 1 || questionsPerSeller < 1 || questionsOverall < questionsPerAddress
				|| questionWindow == null || questionWindow.isNegative() || questionWindow.isZero()
				|| portalUrl == null || portalUrl.isBlank()) {
			throw new IllegalStateException("jakpreneur.catalogue: question limits >= 1, overall >= per-address, "
					+ "window positive, portal-url set");
		}
		portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
	}

}

package id.jakpreneur.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.entrepreneur.PersonalDataHolder;
import id.jakpreneur.portal.entrepreneur.RetentionSchedule;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 21 and docs/privacy.md: her public profile is in her export and goes at erasure with the resized photos of
 * her products; the nightly retention run deletes resized photos of products no longer published.
 */
@PortalWebTest
class CataloguePersonalDataTests extends KatalogTestBase {

	@Autowired
	List<PersonalDataHolder> holders;

	@Test
	void herProfileIsExportedAndErasedWithHerResizedPhotos() throws Exception {
		KatalogFixtures.Seller seller = fixtures().published(word("Ekspor"), Grade.A, Sector.KRIYA);
		mvc.perform(get("/katalog/foto/" + seller.productId() + "/360")).andExpect(status().isOk());
		assertThat(thumbnails(seller.participantId())).isEqualTo(1);

		assertThat(catalogue().export(seller.participantId()).toString()).contains(seller.publicName(),
				"Deskripsi " + seller.publicName());
		assertThat(catalogue().erase(seller.participantId())).as("her profile, her product's search row, its photo")
			.isEqualTo(3);
		assertThat(publication.profile(seller.participantId())).isEmpty();
		assertThat(thumbnails(seller.participantId())).isZero();
	}

	@Test
	void retentionDeletesResizedPhotosOfProductsNoLongerPublished() throws Exception {
		KatalogFixtures.Seller kept = fixtures().published(word("Tetap"), Grade.A, Sector.KRIYA);
		KatalogFixtures.Seller gone = fixtures().published(word("Pergi"), Grade.B, Sector.KRIYA);
		mvc.perform(get("/katalog/foto/" + kept.productId() + "/360")).andExpect(status().isOk());
		mvc.perform(get("/katalog/foto/" + gone.productId() + "/720")).andExpect(status().isOk());
		publication.stop(gone.participantId());

		Map<String, Integer> report = catalogue().applyRetention(new RetentionSchedule(Period.ofYears(2), Period.ofYears(1)),
				Instant.now());
		assertThat(report.values().iterator().next()).isGreaterThanOrEqualTo(1);
		assertThat(thumbnails(gone.participantId())).isZero();
		assertThat(thumbnails(kept.participantId())).isEqualTo(1);
	}

	private PersonalDataHolder catalogue() {
		return holders.stream().filter(h -> h.name().equals("catalogue")).findFirst().orElseThrow();
	}

	private int thumbnails(long participantId) {
		return jdbc.queryForObject("select count(*) from catalogue_thumbnail where participant_id = ?", Integer.class,
				participantId);
	}

}

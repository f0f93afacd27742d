package id.jakpreneur.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.catalogue.query.CatalogueSearchIndex;
import id.jakpreneur.portal.catalogue.query.DailyRotation;
import id.jakpreneur.portal.catalogue.query.ListingCard;
import id.jakpreneur.portal.catalogue.query.ListingFilter;
import id.jakpreneur.portal.catalogue.query.ListingQueries;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.licensing.LicenceStatus;
import id.jakpreneur.portal.licensing.domain.LicenceDraft;
import id.jakpreneur.portal.licensing.domain.Licences;
import id.jakpreneur.portal.outlet.OutletFixtures;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.ListingTerms;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.QueryCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 21: the Katalog's search by words (prefixes of the name's words), sector, kecamatan and mark (verified,
 * unexpired licences only), and its fair order: each day starts elsewhere on the circle of products (decision 119),
 * while within a day the pages do not move.
 */
@PortalWebTest
class KatalogSearchTests extends KatalogTestBase {

	@Autowired
	Licences licences;

	@Autowired
	ListingQueries queries;

	@Autowired
	CatalogueSearchIndex searchIndex;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void visitorsSearchByWordsSectorKecamatanAndVerifiedMarks() throws Exception {
		KatalogFixtures f = fixtures();
		String word = word("Gurih");
		KatalogFixtures.Seller food = f.published(word + " Keripik", Grade.A, Sector.KULINER);
		KatalogFixtures.Seller craft = f.published(word + " Tas", Grade.B, Sector.KRIYA);
		KatalogFixtures.Seller elsewhere = f.published(word + " Jauh", Grade.A, Sector.KULINER);
		Map<String, Object> village = jdbc.queryForMap("""
				select v.code as village, d.code as district, d.parent_code as city from region v
				join region d on d.code = v.parent_code
				where v.level = 'village' and d.code <> '31.71.01' order by v.code limit 1
				""");
		jdbc.update("update participant set village_code = ?, district_code = ?, city_code = ? where id = ?",
				village.get("village"), village.get("district"), village.get("city"), elsewhere.participantId());
		assertThat(anonymous("/katalog?q=" + word + "&kecamatan=31.71.01"))
			.as("a seller who moved leaves her old kecamatan's search at once").contains(row(food.productId()))
			.doesNotContain(row(elsewhere.productId()));
		searchIndex.refresh(); // the search refresh job's run: she reaches her new kecamatan's search

		assertThat(anonymous("/katalog?q=" + word)).contains(row(food.productId()), row(craft.productId()),
				row(elsewhere.productId()));
		assertThat(anonymous("/katalog?q=" + word.substring(0, word.length() - 2).toLowerCase() + "+kerip"))
			.as("prefixes of the words, any case").contains(row(food.productId()))
			.doesNotContain(row(craft.productId()));
		assertThat(anonymous("/katalog?q=" + word + "&sektor=KRIYA")).contains(row(craft.productId()))
			.doesNotContain(row(food.productId()), row(elsewhere.productId()));
		assertThat(anonymous("/katalog?q=" + word + "&kecamatan=" + village.get("district")))
			.contains(row(elsewhere.productId())).doesNotContain(row(food.productId()), row(craft.productId()));
		assertThat(anonymous("/katalog?q=" + word + "&kecamatan=31.71.01")).contains(row(food.productId()))
			.doesNotContain(row(elsewhere.productId()));
		assertThat(anonymous("/katalog?q=" + word + "&sektor=NOPE&kecamatan=99&tanda=%00"))
			.as("unknown filters are ignored").contains(row(food.productId()), row(craft.productId()));

		LocalDate issued = OutletFixtures.today().minusMonths(3);
		licences.record(food.user(),
				new LicenceDraft(LicenceType.HALAL, null, LicenceStatus.ISSUED, "ID31110000123450324", issued, null));
		licences.record(craft.user(),
				new LicenceDraft(LicenceType.HALAL, null, LicenceStatus.ISSUED, "ID31110000123450325", issued, null));
		assertThat(anonymous("/katalog?q=" + word + "&tanda=halal")).as("recorded is not verified")
			.doesNotContain(row(food.productId()), row(craft.productId()));
		long halal = jdbc.queryForObject("select id from licence where participant_id = ? and licence_type = 'HALAL'",
				Long.class, food.participantId());
		licences.verify(f.officer(), food.participantId(), halal);
		searchIndex.refresh(); // the search refresh job's run: the verified mark reaches the mark filter
		String marked = anonymous("/katalog?q=" + word + "&tanda=HALAL");
		assertThat(marked).contains(row(food.productId()), "katalog-mark")
			.doesNotContain(row(craft.productId()), row(elsewhere.productId()));
		assertThat(anonymous("/katalog?q=" + word + "&tanda=BPOM")).doesNotContain(row(food.productId()));
	}

	/**
	 * Cards are drawn once per card and language and then kept (CardHtml): a change to what a card shows gives the
	 * next visitor the new card at once, and each language its own.
	 */
	@Test
	void aKeptCardShowsTheListingAsItIsNowInTheVisitorsLanguage() throws Exception {
		KatalogFixtures f = fixtures();
		String word = word("Simpan");
		KatalogFixtures.Seller seller = f.published(word + " Kue", Grade.A, Sector.KULINER);
		assertThat(card(anonymous("/katalog?q=" + word), seller.productId())).contains("Rp 15.000 – 18.000 / pcs",
				"Min. pesan 10 pcs", "Toko " + word + " Kue");
		assertThat(card(anonymous("/katalog?q=" + word + "&lang=en"), seller.productId())).contains("Min. order 10 pcs");
		assertThat(card(anonymous("/katalog?q=" + word), seller.productId())).as("kept, still Indonesian")
			.contains("Min. pesan 10 pcs");

		listings.save(seller.productId(), new ListingTerms("kg", 3, 20_000, 20_000));
		assertThat(card(anonymous("/katalog?q=" + word), seller.productId())).contains("Rp 20.000 / kg",
				"Min. pesan 3 kg").doesNotContain("15.000");
	}

	/** The {@code <li>} of one product on a list page. */
	private static String card(String page, long productId) {
		int start = page.indexOf(row(productId));
		assertThat(start).as("product " + productId + " listed").isPositive();
		return page.substring(start, page.indexOf("</li>", page.indexOf("</article>", start)));
	}

	@Test
	void theOrderRotatesEachDayAndStaysPutWithinADay() {
		KatalogFixtures f = fixtures();
		String word = word("Giliran");
		KatalogFixtures.Seller seller = f.published(word + " Nol", Grade.A, Sector.KRIYA);
		List<Long> ids = new ArrayList<>(List.of(seller.productId()));
		for (int i = 1; i < 30; i++) {
			ids.add(f.product(seller, "Produk " + word + " " + i, i % 2 == 0 ? Grade.A : Grade.B, Sector.KRIYA));
		}
		searchIndex.refresh(); // the search refresh job's run: products curated after she published reach the search
		ListingFilter filter = new ListingFilter(word, null, null, null);
		LocalDate monday = LocalDate.of(2026, 12, 7);
		LocalDate tuesday = monday.plusDays(1);

		List<Long> mondayFirst = ids(queries.page(filter, monday, PageRequest.of(0, 10)).getContent());
		List<Long> tuesdayFirst = ids(queries.page(filter, tuesday, PageRequest.of(0, 10)).getContent());
		assertThat(mondayFirst).hasSize(10).isNotEqualTo(tuesdayFirst);
		assertThat(mondayFirst.get(0)).as("another business leads each day").isNotEqualTo(tuesdayFirst.get(0));
		assertThat(mondayFirst).as("the circle read from Monday's start").isEqualTo(expected(ids, monday).subList(0, 10));

		List<Long> wholeMonday = new ArrayList<>(mondayFirst);
		var second = queries.page(filter, monday, PageRequest.of(1, 10));
		var third = queries.page(filter, monday, PageRequest.of(2, 10));
		wholeMonday.addAll(ids(second.getContent()));
		wholeMonday.addAll(ids(third.getContent()));
		assertThat(second.hasNext()).isTrue();
		assertThat(third.hasNext()).isFalse();
		assertThat(wholeMonday).as("three pages of one day: every product once, in the day's order")
			.isEqualTo(expected(ids, monday));
		assertThat(ids(queries.page(filter, monday, PageRequest.of(1, 10)).getContent()))
			.as("the same page again the same day").isEqualTo(ids(second.getContent()));
	}

	/**
	 * The search refresh job's run deletes the rows of products no longer published and writes only rows that
	 * differ: a row that did not change is neither written nor locked (its xmax stays 0), so a quiet catalogue of
	 * 100,000 products costs one read, not 100,000 row locks every five minutes.
	 */
	@Test
	void theFullRefreshRemovesWhatLeftAndLeavesUnchangedRowsUntouched() {
		KatalogFixtures f = fixtures();
		String word = word("Segar");
		KatalogFixtures.Seller leaving = f.published(word + " Pergi", Grade.A, Sector.KULINER);
		KatalogFixtures.Seller staying = f.published(word + " Tetap", Grade.A, Sector.KULINER);
		searchIndex.refresh();
		// her account is disabled behind the search's back: only the full refresh sees it
		jdbc.update("update account set enabled = false where id = (select account_id from participant where id = ?)",
				leaving.participantId());

		CatalogueSearchIndex.Changes changes = searchIndex.refresh();

		assertThat(changes.removed()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.queryForList("select product_id from catalogue_search where participant_id in (?, ?)",
				Long.class, leaving.participantId(), staying.participantId()))
			.containsExactly(staying.productId());
		assertThat(jdbc.queryForObject("select xmax::text from catalogue_search where product_id = ?", String.class,
				staying.productId())).as("an unchanged row is not locked").isEqualTo("0");
		assertThat(searchIndex.refresh().written()).as("a second run finds nothing to write").isZero();
	}

	/**
	 * The full refresh joins by hashing in one process, as its estimate of a few dozen rows would not (decision 133),
	 * and only inside its own transaction: the pages planned on the same pooled connection afterwards keep every plan.
	 */
	@Test
	void theFullRefreshPlansItsJoinsForItselfOnly() {
		String[] during = transactions.execute(status -> {
			searchIndex.refresh();
			return jdbc.queryForObject("select current_setting('enable_nestloop') || ' '"
					+ " || current_setting('max_parallel_workers_per_gather')", String.class).split(" ");
		});

		assertThat(during).containsExactly("off", "0");
		assertThat(jdbc.queryForObject("select current_setting('enable_nestloop')", String.class)).isEqualTo("on");
	}

	@Test
	void aKatalogPageCostsTheSameStatementsForOneCardOrAFullPage() throws Exception {
		KatalogFixtures f = fixtures();
		String word = word("Hitung");
		KatalogFixtures.Seller seller = f.published(word + " Awal", Grade.A, Sector.JASA);
		QueryCounter.reset();
		assertThat(anonymous("/katalog?q=" + word + "&tanda=halal&sektor=JASA")).doesNotContain("data-product=");
		anonymous("/katalog?q=" + word);
		QueryCounter.reset();
		assertThat(anonymous("/katalog?q=" + word)).containsOnlyOnce("data-product=");
		long one = QueryCounter.count();
		for (int i = 0; i < 25; i++) {
			f.product(seller, "Produk " + word + " " + i, Grade.A, Sector.JASA);
		}
		searchIndex.refresh();
		QueryCounter.reset();
		// a full page: 24 of her 26 products
		assertThat(anonymous("/katalog?q=" + word).split("data-product=")).hasSize(24 + 1);
		assertThat(QueryCounter.count()).isEqualTo(one).isLessThanOrEqualTo(3);
	}

	private static List<Long> expected(List<Long> ids, LocalDate day) {
		long start = DailyRotation.start(day);
		return ids.stream()
			.sorted(Comparator.comparing((Long id) -> DailyRotation.position(id) < start)
				.thenComparing(DailyRotation::position))
			.toList();
	}

	private static List<Long> ids(List<ListingCard> cards) {
		return cards.stream().map(ListingCard::productId).toList();
	}

}

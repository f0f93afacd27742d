package id.jakpreneur.portal.outlet.domain;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ConsentPurpose;
import id.jakpreneur.portal.entrepreneur.Consents;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.entrepreneur.RegistrationStatus;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.outlet.query.CatalogueQueries;
import id.jakpreneur.portal.partner.PartnerChoice;
import id.jakpreneur.portal.partner.PartnerDraft;
import id.jakpreneur.portal.partner.PartnerKind;
import id.jakpreneur.portal.partner.PartnerManagement;
import id.jakpreneur.portal.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The real DKI outlets of PRODUCT.md as reference data for demo mode: Thamrin 10, Kios JakPreneur Sudirman–Thamrin,
 * JakMart Pasar Jaya, the MRT station stalls, a Transjakarta halte, Jakarta Creative Hub, the Nagrak rusun tents
 * and a kota bazaar, with their operators (BUMD partners), places and rules; next month's calls for three of them;
 * and, for the demo entrepreneurs, validated registrations and products curated through the real workflow (mentor,
 * officer, curator), Dewi's in the partners' catalogue with her consent, Siti's not. Only in demo mode; idempotent (by the Thamrin 10 outlet), all or nothing.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("jakpreneur.demo.enabled")
public class DemoOutlets implements DemoData {

	static final String FIRST_OUTLET = "Thamrin 10 Food Park";

	private static final Logger log = LoggerFactory.getLogger(DemoOutlets.class);

	private final OutletManagement outlets;

	private final ProductCuration curation;

	private final PartnerManagement partners;

	private final AccountManagement accounts;

	private final ParticipantRecords participants;

	private final Consents consents;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ProductListings listings;

	DemoOutlets(OutletManagement outlets, ProductCuration curation, PartnerManagement partners,
			AccountManagement accounts, ParticipantRecords participants, Consents consents, JdbcClient jdbc,
			TransactionTemplate transaction, Clock clock, ProductListings listings) {
		this.listings = listings;
		this.consents = consents;
		this.clock = clock;
		this.outlets = outlets;
		this.curation = curation;
		this.partners = partners;
		this.accounts = accounts;
		this.participants = participants;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	public void createDemoData() {
		Boolean exists = jdbc.sql("select exists (select 1 from outlet where lower(name) = lower(:name))")
			.param("name", FIRST_OUTLET)
			.query(Boolean.class)
			.single();
		if (Boolean.TRUE.equals(exists)) {
			return;
		}
		try {
			transaction.executeWithoutResult(status -> create());
			log.info("Demo mode is on: the DKI outlets and a curated product of the demo entrepreneur created");
		}
		catch (OutletNameTakenException ex) {
			// another instance created them at the same moment
		}
	}

	private void create() {
		PortalUser admin = user("admin@demo.local");
		Map<String, Long> operators = operators(admin);
		Set<Sector> food = EnumSet.of(Sector.KULINER);
		Set<Sector> goods = EnumSet.of(Sector.KULINER, Sector.FESYEN, Sector.KRIYA);
		long thamrin = outlet(admin, FIRST_OUTLET, OutletKind.FOOD_PARK, operators.get("Pasar Jaya"),
				"Jl. M.H. Thamrin No. 10, Kebon Sirih, Menteng", "31.71.06.1005", "Setiap hari 10.00–22.00",
				new OutletRules(food, Grade.B, EnumSet.of(LicenceType.NIB, LicenceType.SPP_IRT, LicenceType.HALAL),
						null, 1_500_000, BigDecimal.ZERO, 3));
		places(admin, thamrin, "S", 54, PlaceKind.STALL, 3);
		places(admin, thamrin, "FT", 7, PlaceKind.FOOD_TRUCK, 5);
		long kiosk = outlet(admin, "Kios JakPreneur Sudirman–Thamrin", OutletKind.KIOSK, operators.get("Pasar Jaya"),
				"Trotoar Jl. Jend. Sudirman – Jl. M.H. Thamrin (Dukuh Atas s.d. Bundaran HI)", "31.71.07.1005",
				"Senin–Sabtu 07.00–19.00",
				new OutletRules(goods, Grade.B, EnumSet.of(LicenceType.NIB), null, 0, new BigDecimal("20"), 2));
		for (int k = 1; k <= 5; k++) {
			for (char share = 'A'; share <= (k % 2 == 0 ? 'C' : 'D'); share++) {
				outlets.addPlace(admin, kiosk, new PlaceDraft("K" + k + "-" + share, PlaceKind.KIOSK_SHARE, 2));
			}
		}
		long jakmart = outlet(admin, "JakMart Pasar Jaya Pasar Rumput", OutletKind.RETAIL, operators.get("Pasar Jaya"),
				"Pasar Rumput, Jl. Sultan Agung No. 1, Pasar Manggis, Setiabudi", "31.74.02.1006", "Setiap hari 08.00–21.00",
				new OutletRules(EnumSet.of(Sector.KULINER, Sector.KRIYA, Sector.FESYEN), Grade.B,
						EnumSet.of(LicenceType.NIB, LicenceType.SPP_IRT), null, 250_000, new BigDecimal("10"), 6));
		places(admin, jakmart, "RAK", 12, PlaceKind.SHELF, 6);
		long mrt = outlet(admin, "Gerai UMKM Stasiun MRT Jakarta", OutletKind.STATION, operators.get("MRT Jakarta"),
				"Stasiun Bundaran HI, Dukuh Atas BNI, Setiabudi Astra, Blok M BCA dan Lebak Bulus Grab", "31.71.06.1001",
				"Setiap hari 05.00–24.00",
				new OutletRules(EnumSet.of(Sector.KULINER, Sector.KRIYA, Sector.FESYEN), Grade.A,
						EnumSet.of(LicenceType.NIB), id.jakpreneur.portal.assessment.Phase.SCALING, 2_000_000,
						BigDecimal.ZERO, 3));
		String[][] stations = { { "BHI", "4" }, { "DKA", "3" }, { "STB", "3" }, { "BLM", "3" }, { "LBB", "3" } };
		for (String[] station : stations) {
			places(admin, mrt, station[0] + "-", Integer.parseInt(station[1]), PlaceKind.STALL, 4);
		}
		long halte = outlet(admin, "Halte Transjakarta Bundaran HI", OutletKind.HALTE, operators.get("Transjakarta"),
				"Halte Bundaran HI Astra, Jl. M.H. Thamrin, Menteng", "31.71.06.1001", "Setiap hari 05.00–22.00",
				new OutletRules(goods, Grade.B, EnumSet.of(LicenceType.NIB), null, 500_000, BigDecimal.ZERO, 2));
		places(admin, halte, "H", 3, PlaceKind.STALL, 3);
		long hub = outlet(admin, "Jakarta Creative Hub", OutletKind.CREATIVE_HUB, null,
				"Graha Niaga Thamrin Lt. 1, Jl. Kebon Kacang Raya, Kebon Melati, Tanah Abang", "31.71.07.1005",
				"Senin–Jumat 09.00–21.00",
				new OutletRules(EnumSet.of(Sector.FESYEN, Sector.KRIYA, Sector.JASA), null, Set.of(), null, 0,
						BigDecimal.ZERO, 6));
		places(admin, hub, "MEJA", 10, PlaceKind.DESK, 1);
		long nagrak = outlet(admin, "Tenda UMKM Rusun Nagrak", OutletKind.TENT, null,
				"Rusunawa Nagrak, Jl. Nagrak, Cilincing", "31.72.04.1001", "Setiap hari 16.00–22.00",
				new OutletRules(Set.of(), Grade.C, Set.of(), null, 0, BigDecimal.ZERO, 1));
		places(admin, nagrak, "T", 5, PlaceKind.TENT, 2);
		long bazaar = outlet(admin, "Bazar UMKM Kota Jakarta Pusat", OutletKind.BAZAAR, null,
				"Lapangan Monas sisi Barat Daya, Gambir", "31.71.01.1001", "Sabtu–Minggu 07.00–21.00",
				new OutletRules(Set.of(), Grade.C, EnumSet.of(LicenceType.NIB), null, 0, BigDecimal.ZERO, 2));
		places(admin, bazaar, "TENDA", 20, PlaceKind.TENT, 3);

		LocalDate next = LocalDate.now(clock).with(TemporalAdjusters.firstDayOfNextMonth());
		LocalDate lastOfNext = next.with(TemporalAdjusters.lastDayOfMonth());
		CallDraft nextMonth = new CallDraft(next, lastOfNext, next.minusDays(1), 3);
		outlets.openCall(admin, thamrin, nextMonth);
		outlets.openCall(admin, kiosk, nextMonth);
		outlets.openCall(admin, bazaar, new CallDraft(next, next.plusDays(1), next.minusDays(1), 2));
		curateDemoProduct(admin);
	}

	/**
	 * The demo entrepreneurs' registrations validated and products taken through the whole curation: Siti's one
	 * (grade B, without catalogue consent: partners do not see it) and Dewi's two (grades A and B, with her catalogue
	 * consent given, so {@code /partner/products} lists them), each with its unit, minimum order and price range for the
	 * public Katalog (catalogue's demo data publishes her business there).
	 */
	private void curateDemoProduct(PortalUser admin) {
		curate("warga@demo.local", new ProductDraft("Nasi Uduk Bu Siti (paket sarapan)", Sector.KULINER, 18_000,
				"Kotak kertas food grade dengan stiker label dan tanggal produksi", null, null, null), Grade.B,
				"Rasa dan harga baik. Untuk grade A: lengkapi SPP-IRT dan sertifikat halal, tambahkan komposisi di label.");
		Long dewi = curate("dewi@demo.local", new ProductDraft("Kain Batik Tulis Motif Ondel-ondel", Sector.KRIYA,
				450_000, "Dilipat dalam kotak karton dengan kartu perawatan kain", null, null, null), Grade.A,
				"Tulis tangan rapi, pewarna tidak luntur, kemasan siap hadiah.");
		if (dewi != null) {
			curate("dewi@demo.local", new ProductDraft("Syal Batik Tulis Motif Nusa Kelapa", Sector.KRIYA, 175_000,
					"Plastik klip dengan label merek", null, null, null), Grade.B,
					"Motif bagus; untuk grade A: ganti plastik dengan kemasan kertas berlabel.");
			consents.give(dewi, ConsentPurpose.CATALOGUE, null, CatalogueQueries.CONSENT_TEXT);
			for (Map<String, Object> product : jdbc.sql("select id, price from outlet_product where participant_id = :dewi")
				.param("dewi", dewi)
				.query()
				.listOfRows()) {
				long price = ((Number) product.get("price")).longValue();
				listings.save(((Number) product.get("id")).longValue(),
						new ListingTerms("lembar", 2, price, price + price / 5));
			}
		}
	}

	/** Her registration validated and the product verified, validated and graded; her participant id, or null. */
	private Long curate(String email, ProductDraft draft, Grade grade, String notes) {
		PortalUser owner;
		try {
			owner = user(email);
		}
		catch (org.springframework.security.core.userdetails.UsernameNotFoundException ex) {
			return null;
		}
		ParticipantView participant = participants.ofAccount(owner.accountId()).orElse(null);
		if (participant == null) {
			return null;
		}
		PortalUser officer = user("officer@demo.local");
		if (participant.status() == RegistrationStatus.SUBMITTED) {
			participants.validate(officer, participant.id());
		}
		long product = curation.submit(owner, draft, demoPhoto());
		curation.verify(user("mentor@demo.local"), product, true, "Sudah dilihat saat kunjungan; mutu konsisten.");
		curation.validate(officer, product, true, null);
		curation.grade(officer, product, grade, notes);
		return participant.id();
	}

	/**
	 * A small PNG drawn here, so the demo needs no binary file in the repository: a kawung pattern (four petals around
	 * a dot, the oldest batik motif), square, so it fills the Katalog's cards.
	 */
	public static byte[] demoPhoto() {
		int size = 480;
		int cell = 80;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(new Color(0xF4, 0xE4, 0xC1));
		g.fillRect(0, 0, size, size);
		for (int x = 0; x < size; x += cell) {
			for (int y = 0; y < size; y += cell) {
				int cx = x + cell / 2;
				int cy = y + cell / 2;
				g.setColor(new Color(0x8B, 0x5A, 0x2B));
				g.fillOval(cx - 12, cy - 36, 24, 30);
				g.fillOval(cx - 12, cy + 6, 24, 30);
				g.fillOval(cx - 36, cy - 12, 30, 24);
				g.fillOval(cx + 6, cy - 12, 30, 24);
				g.setColor(new Color(0x2E, 0x4D, 0x32));
				g.fillOval(cx - 5, cy - 5, 10, 10);
			}
		}
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private Map<String, Long> operators(PortalUser admin) {
		Map<String, Long> existing = partners.choices()
			.stream()
			.collect(Collectors.toMap(PartnerChoice::name, PartnerChoice::id, (a, b) -> a));
		for (String name : new String[] { "Pasar Jaya", "MRT Jakarta", "Transjakarta" }) {
			existing.computeIfAbsent(name,
					n -> partners.create(admin, new PartnerDraft(PartnerKind.BUMD, n, null, null, null)));
		}
		return existing;
	}

	private long outlet(PortalUser admin, String name, OutletKind kind, Long operator, String address, String village,
			String hours, OutletRules rules) {
		return outlets.create(admin, new OutletDraft(name, kind, operator, address, village, hours, rules));
	}

	private void places(PortalUser admin, long outletId, String prefix, int count, PlaceKind kind, int capacity) {
		Function<Integer, String> code = i -> prefix + String.format("%02d", i);
		for (int i = 1; i <= count; i++) {
			outlets.addPlace(admin, outletId, new PlaceDraft(code.apply(i), kind, capacity));
		}
	}

	private PortalUser user(String email) {
		return (PortalUser) accounts.loadUserByUsername(email);
	}

}

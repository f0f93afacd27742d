package id.jakpreneur.portal.eorder;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.ActivationSlip;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.catalogue.domain.PublicProfile;
import id.jakpreneur.portal.catalogue.domain.Publication;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.eorder.domain.BuyerDraft;
import id.jakpreneur.portal.eorder.domain.BuyerScope;
import id.jakpreneur.portal.eorder.domain.Buyers;
import id.jakpreneur.portal.eorder.domain.OrganisationKind;
import id.jakpreneur.portal.eorder.domain.PurchaseOrders;
import id.jakpreneur.portal.outlet.OutletFixtures;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.OutletManagement;
import id.jakpreneur.portal.outlet.domain.ProductCuration;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.support.TestParticipants;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sellers whose curated product is published in the catalogue (its listing terms and her public profile, as the
 * catalogue's own forms save them), buyers of fresh organisations with an open BUYER login, and orders brought to a
 * state through the same services the pages use. Names are unique, so tests share one database.
 */
public class EOrderFixtures {

	/** Every fixture product is listed at Rp 20.000 to 30.000 a piece, at least 5 pieces. */
	public static final int MINIMUM = 5;

	private final OutletManagement outlets;

	private final ProductCuration curation;

	private final Registration registration;

	private final ParticipantRecords records;

	private final AccountManagement accounts;

	private final AccountActivation activations;

	private final Publication publication;

	private final Buyers buyers;

	private final PurchaseOrders orders;

	private final JdbcTemplate jdbc;

	public EOrderFixtures(ApplicationContext context) {
		this.outlets = context.getBean(OutletManagement.class);
		this.curation = context.getBean(ProductCuration.class);
		this.registration = context.getBean(Registration.class);
		this.records = context.getBean(ParticipantRecords.class);
		this.accounts = context.getBean(AccountManagement.class);
		this.activations = context.getBean(AccountActivation.class);
		this.publication = context.getBean(Publication.class);
		this.buyers = context.getBean(Buyers.class);
		this.orders = context.getBean(PurchaseOrders.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
	}

	/** A validated entrepreneur with one grade A product published in the catalogue. */
	public Seller seller(String name) {
		OutletFixtures.Curated curated = new OutletFixtures(outlets, curation, registration, records, accounts)
			.curated(name, Grade.A);
		jdbc.update("""
				insert into outlet_product_listing (product_id, unit, minimum_order, price_from, price_to, updated_at)
				values (?, 'kotak', ?, 20000, 30000, now())
				""", curated.productId(), MINIMUM);
		publication.publish(curated.participantId(), new PublicProfile("Toko " + name, "Usaha uji e-Order"));
		return new Seller(curated.participantId(), curated.productId(), "Produk " + name, "Toko " + name,
				curated.user());
	}

	/** A buyer of a new organisation, whose login is open with {@link TestParticipants#PASSWORD}. */
	public Buyer buyer(String organisation) {
		PortalUser admin = user("admin@demo.local");
		String unique = organisation + " " + UUID.randomUUID().toString().substring(0, 8);
		long organisationId = buyers.createOrganisation(admin, OrganisationKind.AGENCY, unique, null);
		String email = "pembeli-" + UUID.randomUUID() + "@example.id";
		long buyerId = buyers.addBuyer(admin, organisationId, new BuyerDraft("Rina Pengadaan", email, "021-555-0101",
				"Pejabat Pengadaan"));
		ActivationSlip slip = buyers.openAccount(admin, organisationId, buyerId);
		activations.activate(activations.findByCode(slip.loginName(), slip.code()).orElseThrow(),
				TestParticipants.PASSWORD);
		PortalUser login = user(email);
		return new Buyer(login, buyers.scopeOf(login), unique, email);
	}

	/** A quote request for {@code quantity} of the seller's product, delivered in ten days. */
	public long ask(Buyer buyer, Seller seller, int quantity) {
		return orders.ask(buyer.scope(), seller.participantId(), Map.of(seller.productId(), quantity),
				today().plusDays(10), "Gedung Dinas, Jl. Uji 1", null);
	}

	/** An order asked, quoted at {@code unitPrice} and ordered. */
	public long ordered(Buyer buyer, Seller seller, int quantity, long unitPrice) {
		long id = ask(buyer, seller, quantity);
		orders.quote(seller.participantId(), seller.user().accountId(), id, Map.of(1, unitPrice), today().plusDays(7),
				null);
		orders.order(buyer.scope(), id);
		return id;
	}

	/** The same, confirmed by the seller. */
	public long confirmed(Buyer buyer, Seller seller, int quantity, long unitPrice) {
		long id = ordered(buyer, seller, quantity, unitPrice);
		orders.confirm(seller.participantId(), seller.user().accountId(), id);
		return id;
	}

	public PortalUser user(String email) {
		return (PortalUser) accounts.loadUserByUsername(email);
	}

	public static LocalDate today() {
		return LocalDate.now(Jakarta.ZONE);
	}

	/** A seller: her participant, her published product and its names, her login. */
	public record Seller(long participantId, long productId, String productName, String publicName, PortalUser user) {
	}

	/** A buyer: login, scope, the organisation's name and the work e-mail. */
	public record Buyer(PortalUser user, BuyerScope scope, String organisation, String email) {
	}

}

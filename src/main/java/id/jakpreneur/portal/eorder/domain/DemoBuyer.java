package id.jakpreneur.portal.eorder.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.ActivationSlip;
import id.jakpreneur.portal.account.EmailTakenException;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.eorder.query.ListedProduct;
import id.jakpreneur.portal.eorder.query.OrderQueries;
import id.jakpreneur.portal.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo buyer: {@code buyer@demo.local}, purchasing officer of Dinas PPKUKM DKI Jakarta (an AGENCY), made by the
 * demo administrator as any buyer is; and, when Dewi (dewi@demo.local) publishes products in the catalogue, one order
 * in progress with her: asked, quoted by her at her lowest prices and ordered, waiting for her confirmation. Only in
 * demo mode, after the catalogue's demo data; idempotent, all or nothing.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty("jakpreneur.demo.enabled")
class DemoBuyer implements DemoData {

	static final String EMAIL = "buyer@demo.local";

	static final String PASSWORD = "jakpreneur-demo";

	static final String ORGANISATION = "Dinas PPKUKM DKI Jakarta";

	private static final Logger log = LoggerFactory.getLogger(DemoBuyer.class);

	private final Buyers buyers;

	private final PurchaseOrders orders;

	private final OrderQueries queries;

	private final AccountManagement accounts;

	private final AccountActivation activations;

	private final ParticipantRecords participants;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoBuyer(Buyers buyers, PurchaseOrders orders, OrderQueries queries, AccountManagement accounts,
			AccountActivation activations, ParticipantRecords participants, TransactionTemplate transaction,
			Clock clock) {
		this.buyers = buyers;
		this.orders = orders;
		this.queries = queries;
		this.accounts = accounts;
		this.activations = activations;
		this.participants = participants;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void createDemoData() {
		if (!accounts.isEmailFree(EMAIL)) {
			return;
		}
		try {
			transaction.executeWithoutResult(status -> create());
			log.info("Demo mode is on: demo buyer {} of {} created", EMAIL, ORGANISATION);
		}
		catch (EmailTakenException | EOrderRefusedException ex) {
			// another instance created them at the same moment
		}
	}

	private void create() {
		PortalUser admin = (PortalUser) accounts.loadUserByUsername("admin@demo.local");
		long organisation = buyers.createOrganisation(admin, OrganisationKind.AGENCY, ORGANISATION, "31.71");
		long buyer = buyers.addBuyer(admin, organisation,
				new BuyerDraft("Rina Kartika", EMAIL, "021-3822-1160", "Pejabat Pengadaan"));
		ActivationSlip slip = buyers.openAccount(admin, organisation, buyer);
		// the demo password is public on purpose: the demo buyer "activates" with it at once
		activations.activate(activations.findByCode(slip.loginName(), slip.code()).orElseThrow(), PASSWORD);
		orderFromDewi(buyers.scopeOf((PortalUser) accounts.loadUserByUsername(EMAIL)));
	}

	private void orderFromDewi(BuyerScope buyer) {
		PortalUser dewi;
		try {
			dewi = (PortalUser) accounts.loadUserByUsername("dewi@demo.local");
		}
		catch (UsernameNotFoundException ex) {
			return;
		}
		participants.ofAccount(dewi.accountId()).ifPresent(seller -> {
			List<ListedProduct> products = queries.listed(seller.id());
			if (products.isEmpty()) {
				return;
			}
			Map<Long, Integer> quantities = new LinkedHashMap<>();
			products.stream().limit(2).forEach(p -> quantities.put(p.productId(), Math.max(p.minimumOrder(), 20)));
			LocalDate today = LocalDate.now(clock);
			long id = orders.ask(buyer, seller.id(), quantities, today.plusDays(21),
					"Kantor Dinas PPKUKM DKI Jakarta, Jl. Perintis Kemerdekaan, Pulo Gadung",
					"Seragam batik untuk pegawai bagian pelayanan.");
			Map<Integer, Long> prices = new LinkedHashMap<>();
			queries.forParticipant(id, seller.id()).orElseThrow().lines().forEach(line -> prices.put(line.position(),
					products.stream().filter(p -> p.name().equals(line.productName())).findFirst()
						.map(p -> p.priceFrom() == null ? 100_000L : p.priceFrom()).orElse(100_000L)));
			orders.quote(seller.id(), dewi.accountId(), id, prices, today.plusDays(14),
					"Bisa dikirim bertahap bila perlu.");
			orders.order(buyer, id);
		});
	}

}

package id.jakpreneur.portal.eorder.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/**
 * The order's state machine (decision 120) without a database: every step from every state by either side, with
 * only the allowed ones passing; exact totals; and the rules beside the states (minimum order, dates, payment).
 */
class PurchaseOrderTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

	static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");

	static final BuyerScope BUYER = new BuyerScope(7, 70, 3, "Dinas PPKUKM DKI Jakarta", "Rina", "021-1");

	/** Every step the order knows, as the side that takes it. */
	enum Step {

		QUOTE(OrderStatus.QUOTED, o -> o.quote(Map.of(1, 25_000L, 2, 3L), TODAY.plusDays(3), null, 1, TODAY, NOW)),
		DECLINE(OrderStatus.DECLINED, o -> o.decline("Stok habis bulan ini", 1, NOW)),
		ORDER(OrderStatus.ORDERED, o -> o.order(70, NOW)),
		CONFIRM(OrderStatus.CONFIRMED, o -> o.confirm(1, NOW)),
		DELIVER(OrderStatus.DELIVERED, o -> o.deliver(1, NOW)),
		RECEIVE(OrderStatus.RECEIVED, o -> o.receive(70, NOW)),
		CANCEL_BY_BUYER(OrderStatus.CANCELLED, o -> o.cancel(Side.BUYER, "Anggaran dialihkan", 70, NOW)),
		CANCEL_BY_SELLER(OrderStatus.CANCELLED, o -> o.cancel(Side.SELLER, "Bahan baku habis", 1, NOW));

		final OrderStatus target;

		final Consumer<PurchaseOrder> action;

		Step(OrderStatus target, Consumer<PurchaseOrder> action) {
			this.target = target;
			this.action = action;
		}

	}

	@Test
	void everyStepFromEveryStateIsTakenOnlyWhereTheMachineAllowsIt() {
		List<String> allowed = new ArrayList<>();
		for (OrderStatus from : OrderStatus.values()) {
			for (Step step : Step.values()) {
				PurchaseOrder order = orderIn(from);
				try {
					step.action.accept(order);
					assertThat(order.getStatus()).isEqualTo(step.target);
					allowed.add(from + " " + step);
				}
				catch (EOrderRefusedException ex) {
					assertThat(ex.messageKey()).isEqualTo("eorder.refused.step");
					assertThat(order.getStatus()).as("a refused step changes nothing").isEqualTo(from);
				}
			}
		}
		assertThat(allowed).containsExactlyInAnyOrder("REQUESTED QUOTE", "REQUESTED DECLINE",
				"REQUESTED CANCEL_BY_BUYER", "REQUESTED CANCEL_BY_SELLER", "QUOTED ORDER", "QUOTED CANCEL_BY_BUYER",
				"QUOTED CANCEL_BY_SELLER", "ORDERED CONFIRM", "ORDERED CANCEL_BY_BUYER", "ORDERED CANCEL_BY_SELLER",
				"CONFIRMED DELIVER", "CONFIRMED CANCEL_BY_BUYER", "CONFIRMED CANCEL_BY_SELLER", "DELIVERED RECEIVE");
	}

	@Test
	void eachSideTakesOnlyItsOwnSteps() {
		for (OrderStatus target : EnumSet.of(OrderStatus.QUOTED, OrderStatus.DECLINED, OrderStatus.CONFIRMED,
				OrderStatus.DELIVERED)) {
			assertThat(OrderStatus.values()).noneMatch(from -> from.allows(target, Side.BUYER));
		}
		for (OrderStatus target : EnumSet.of(OrderStatus.ORDERED, OrderStatus.RECEIVED)) {
			assertThat(OrderStatus.values()).noneMatch(from -> from.allows(target, Side.SELLER));
		}
		assertThat(OrderStatus.values()).noneMatch(from -> from.allows(OrderStatus.CANCELLED, Side.SYSTEM)
				&& from == OrderStatus.DELIVERED);
	}

	@Test
	void totalsAreExactInWholeRupiah() {
		PurchaseOrder order = asked(new LineDraft(11, "Batik A", "lembar", 10, 333),
				new LineDraft(12, "Batik B", "lembar", 1, 7));
		order.quote(Map.of(1, 999_999_999L, 2, 1L), TODAY, "ok", 1, TODAY, NOW);
		assertThat(order.getLines()).extracting(OrderLine::getLineTotal).containsExactly(332_999_999_667L, 7L);
		assertThat(order.getTotal()).isEqualTo(332_999_999_674L);
	}

	@Test
	void aQuoteNeedsAPriceForEveryLineAndAPlausibleDay() {
		PurchaseOrder order = asked(new LineDraft(11, "Batik A", "lembar", 1, 2), new LineDraft(12, "Batik B", "m", 1, 2));
		assertRefused(() -> order.quote(Map.of(1, 10L), TODAY, null, 1, TODAY, NOW), "eorder.refused.prices");
		assertRefused(() -> order.quote(Map.of(1, 10L, 2, 10L, 3, 10L), TODAY, null, 1, TODAY, NOW),
				"eorder.refused.prices");
		assertRefused(() -> order.quote(Map.of(1, 10L, 2, -1L), TODAY, null, 1, TODAY, NOW), "eorder.refused.price");
		assertRefused(() -> order.quote(Map.of(1, 10L, 2, 1_000_000_001L), TODAY, null, 1, TODAY, NOW),
				"eorder.refused.price");
		assertRefused(() -> order.quote(Map.of(1, 10L, 2, 10L), TODAY.minusDays(1), null, 1, TODAY, NOW),
				"eorder.refused.canDeliverBy");
		assertThat(order.getStatus()).isEqualTo(OrderStatus.REQUESTED);
	}

	@Test
	void askingChecksTheMinimumOrderTheLinesAndTheDeliveryDay() {
		assertRefused(() -> asked(new LineDraft(11, "Batik", "lembar", 10, 9)), "eorder.refused.belowMinimum");
		assertRefused(() -> asked(), "eorder.refused.lines");
		assertRefused(() -> asked(new LineDraft(11, "Batik", "lembar", 1, 1), new LineDraft(11, "Batik", "lembar", 1, 1)),
				"eorder.refused.lines");
		assertRefused(() -> PurchaseOrder.ask(BUYER, 5, "Batik Dewi", List.of(new LineDraft(11, "Batik", "m", 1, 1)),
				TODAY, "Kantor", null, TODAY, NOW), "eorder.refused.deliveryDate");
	}

	@Test
	void reasonsAreRequiredToDeclineOrCancel() {
		assertRefused(() -> orderIn(OrderStatus.REQUESTED).decline(" ", 1, NOW), "eorder.reason.required");
		assertRefused(() -> orderIn(OrderStatus.ORDERED).cancel(Side.BUYER, null, 70, NOW), "eorder.reason.required");
		PurchaseOrder cancelled = orderIn(OrderStatus.CONFIRMED);
		cancelled.cancel(Side.SELLER, "  Mesin jahit rusak  ", 1, NOW);
		assertThat(cancelled.getReason()).isEqualTo("Mesin jahit rusak");
	}

	@Test
	void settledOnceWhenReceivedAndPaidInEitherOrder() {
		PurchaseOrder paidFirst = orderIn(OrderStatus.DELIVERED);
		assertThat(paidFirst.recordPayment(TODAY, "SP2D-001", 70, TODAY, TODAY, NOW)).isFalse();
		assertThat(paidFirst.receive(70, NOW)).isTrue();

		PurchaseOrder receivedFirst = orderIn(OrderStatus.DELIVERED);
		assertThat(receivedFirst.receive(70, NOW)).isFalse();
		assertThat(receivedFirst.recordPayment(TODAY, "SP2D-002", 70, TODAY, TODAY, NOW)).isTrue();
		assertRefused(() -> receivedFirst.recordPayment(TODAY, "SP2D-003", 70, TODAY, TODAY, NOW),
				"eorder.refused.payment");
	}

	@Test
	void paymentIsRecordedOnlyAfterConfirmationWithAPlausibleDayAndPaidOrdersStay() {
		assertRefused(() -> orderIn(OrderStatus.ORDERED).recordPayment(TODAY, "X", 70, TODAY, TODAY, NOW),
				"eorder.refused.payment");
		assertRefused(() -> orderIn(OrderStatus.CONFIRMED).recordPayment(TODAY.plusDays(1), "X", 70, TODAY, TODAY, NOW),
				"eorder.refused.paidOn");
		assertRefused(() -> orderIn(OrderStatus.CONFIRMED).recordPayment(TODAY.minusDays(1), "X", 70, TODAY, TODAY, NOW),
				"eorder.refused.paidOn");
		assertRefused(() -> orderIn(OrderStatus.CONFIRMED).recordPayment(TODAY, " ", 70, TODAY, TODAY, NOW),
				"eorder.refused.reference");
		PurchaseOrder paid = orderIn(OrderStatus.CONFIRMED);
		paid.recordPayment(TODAY, "SP2D-9", 70, TODAY, TODAY, NOW);
		assertRefused(() -> paid.cancel(Side.BUYER, "Salah pesan", 70, NOW), "eorder.refused.paidCancel");
	}

	private static void assertRefused(Runnable action, String key) {
		assertThatThrownBy(action::run).isInstanceOf(EOrderRefusedException.class)
			.extracting(ex -> ((EOrderRefusedException) ex).messageKey())
			.isEqualTo(key);
	}

	private static PurchaseOrder asked(LineDraft... lines) {
		return PurchaseOrder.ask(BUYER, 5, "Batik Dewi", List.of(lines), TODAY.plusDays(7), "Kantor Dinas", null, TODAY,
				NOW);
	}

	/** An order brought to the state through the allowed steps. */
	static PurchaseOrder orderIn(OrderStatus status) {
		PurchaseOrder order = asked(new LineDraft(11, "Batik A", "lembar", 10, 12), new LineDraft(12, "Batik B", "m", 1, 5));
		switch (status) {
			case REQUESTED -> {
			}
			case DECLINED -> Step.DECLINE.action.accept(order);
			case CANCELLED -> Step.CANCEL_BY_BUYER.action.accept(order);
			default -> {
				Step.QUOTE.action.accept(order);
				List<Step> path = List.of(Step.ORDER, Step.CONFIRM, Step.DELIVER, Step.RECEIVE);
				for (Step step : path) {
					if (order.getStatus() == status) {
						break;
					}
					step.action.accept(order);
				}
			}
		}
		assertThat(order.getStatus()).isEqualTo(status);
		return order;
	}

}

package id.jakpreneur.portal.eorder.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One product of an order: what was asked and, once quoted, the unit price and the exact line total. */
@Entity
@Table(name = "purchase_order_line")
public class OrderLine {

	/** The highest unit price a quote may name (Rp 1 billion, as the table checks). */
	public static final long MAX_UNIT_PRICE = 1_000_000_000L;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "order_id")
	private PurchaseOrder order;

	private int position;

	private long productId;

	private String productName;

	private String unit;

	private int minimumOrder;

	private int quantity;

	private Long unitPrice;

	private Long lineTotal;

	protected OrderLine() {
	}

	OrderLine(PurchaseOrder order, int position, LineDraft draft) {
		if (draft.quantity() < Math.max(1, draft.minimumOrder())) {
			throw new EOrderRefusedException("eorder.refused.belowMinimum",
					"quantity " + draft.quantity() + " under the minimum " + draft.minimumOrder());
		}
		if (draft.quantity() > 100_000) {
			throw new EOrderRefusedException("eorder.refused.quantity");
		}
		this.order = order;
		this.position = position;
		this.productId = draft.productId();
		this.productName = draft.productName();
		this.unit = draft.unit();
		this.minimumOrder = Math.max(1, draft.minimumOrder());
		this.quantity = draft.quantity();
	}

	/** The seller's unit price: the line total is quantity x price, exactly. */
	void price(long unitPrice) {
		if (unitPrice < 0 || unitPrice > MAX_UNIT_PRICE) {
			throw new EOrderRefusedException("eorder.refused.price");
		}
		this.unitPrice = unitPrice;
		this.lineTotal = Math.multiplyExact((long) quantity, unitPrice);
	}

	public Long getId() {
		return id;
	}

	public int getPosition() {
		return position;
	}

	public long getProductId() {
		return productId;
	}

	public String getProductName() {
		return productName;
	}

	public int getQuantity() {
		return quantity;
	}

	public Long getUnitPrice() {
		return unitPrice;
	}

	public Long getLineTotal() {
		return lineTotal;
	}

}

package id.jakpreneur.portal.dashboard.query;

/**
 * Capital applications of one kota or one partner over the selected years and area: how many, the rupiah asked
 * (participants' own applications), approved and disbursed, and how many were approved and disbursed.
 * {@code cityCode} is set on a row by area, {@code partnerName} on a row by partner.
 */
public record CapitalFigures(String cityCode, String partnerName, long applications, long requested, long approved,
		long approvals, long disbursed, long disbursements) {

	public boolean byArea() {
		return cityCode != null;
	}

}

package id.jakpreneur.portal.reporting;

/**
 * How a month's sales divide over the sales channels of the business profile, in whole percent. A complete split
 * sums to exactly 100; the table checks the same.
 */
public record ChannelSplit(int offline, int marketplace, int socialMedia, int reseller) {

	public int total() {
		return offline + marketplace + socialMedia + reseller;
	}

	public boolean isComplete() {
		return total() == 100 && offline >= 0 && marketplace >= 0 && socialMedia >= 0 && reseller >= 0;
	}

}

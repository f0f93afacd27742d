package id.jakpreneur.portal.entrepreneur;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A participant's business, already validated: stage (idea or running), sector, money in whole rupiah, sales
 * channels and the licences held (type to number; an empty number where a licence has none to give).
 */
public record BusinessDetails(BusinessStage stage, String name, Sector sector, String products, LocalDate startedOn,
		long capital, long monthlySales, int employees, Set<SalesChannel> channels, Map<LicenceType, String> licences,
		boolean keepsBooks, boolean hadCredit) {

	public BusinessDetails {
		channels = channels == null ? Set.of() : Set.copyOf(channels);
		licences = licences == null ? Map.of() : Map.copyOf(licences);
	}

}

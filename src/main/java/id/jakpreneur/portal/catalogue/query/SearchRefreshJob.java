package id.jakpreneur.portal.catalogue.query;

import java.time.Duration;

import id.jakpreneur.portal.shared.JobSchedule;
import id.jakpreneur.portal.shared.ScheduledJob;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reconciles the Katalog's search with what is published ({@link CatalogueSearchIndex#refresh()}), every
 * {@code jakpreneur.catalogue.search-refresh} (five minutes) after the last run ends, the first time at start-up: a
 * product graded, a licence verified or a seller moved reaches the search filters within that time (each run reads every published product once). The cards a
 * page shows are read from the published view itself, so a product that stops being published leaves at once.
 */
@Component
class SearchRefreshJob implements ScheduledJob {

	private final CatalogueSearchIndex index;

	private final Duration every;

	SearchRefreshJob(CatalogueSearchIndex index, @Value("${jakpreneur.catalogue.search-refresh:5m}") Duration every) {
		this.index = index;
		this.every = every;
	}

	@Override
	public String name() {
		return "catalogue.search-refresh";
	}

	@Override
	public JobSchedule schedule() {
		return JobSchedule.every(every, Duration.ZERO).longestRun(Duration.ofMinutes(5));
	}

	@Override
	public String run() {
		CatalogueSearchIndex.Changes changes = index.refresh();
		return changes.removed() == 0 && changes.written() == 0 ? ""
				: changes.removed() + " search row(s) removed, " + changes.written() + " written";
	}

}

package id.jakpreneur.portal.dashboard.domain;

import id.jakpreneur.portal.shared.DemoData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, rebuilds the dashboard summaries once every module's demo data exists, before the portal takes its
 * first request: the dashboards then count what the home pages and lists show from the first page on, instead of
 * "never computed" until the background refresh's first run.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnBooleanProperty("jakpreneur.demo.enabled")
class DemoSummaries implements DemoData {

	private final SummaryRefresh refresh;

	DemoSummaries(SummaryRefresh refresh) {
		this.refresh = refresh;
	}

	@Override
	public void createDemoData() {
		refresh.refresh();
	}

}

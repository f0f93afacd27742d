package id.jakpreneur.portal.config.lifecycle;

import id.jakpreneur.portal.shared.DemoData;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Creates the demo data of every module (in their {@code @Order}) while the portal starts, after the migrations (they
 * run when the database is first used) and before the web server opens its port: a request can never reach a portal
 * whose demo accounts do not exist yet. Readiness turns UP later still, when start-up has finished. Without demo mode
 * there are no {@link DemoData} beans and this does nothing.
 */
@Component
class DemoDataBeforeTraffic implements SmartLifecycle {

	private final ObjectProvider<DemoData> demoData;

	private volatile boolean running;

	DemoDataBeforeTraffic(ObjectProvider<DemoData> demoData) {
		this.demoData = demoData;
	}

	@Override
	public void start() {
		demoData.orderedStream().forEach(DemoData::createDemoData);
		running = true;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Just before the web server starts ({@link WebServerApplicationContext#START_STOP_LIFECYCLE_PHASE}). */
	@Override
	public int getPhase() {
		return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
	}

}

package id.jakpreneur.testsupport;

import java.util.concurrent.atomic.AtomicBoolean;

import id.jakpreneur.portal.shared.DemoData;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Demo data that runs after every module's: tells a test when all demo data has been created. */
@Order(Ordered.LOWEST_PRECEDENCE)
public class LastDemoData implements DemoData {

	public final AtomicBoolean created = new AtomicBoolean();

	@Override
	public void createDemoData() {
		created.set(true);
	}

}

package id.jakpreneur.portal.shared;

/**
 * Demo data of one module, created when demo mode is on ({@code jakpreneur.demo.enabled}). Every bean of this type
 * runs once at start-up, in {@code @Order}, after the migrations and before the web server takes its first request
 * (so {@code /login} never answers before the demo accounts exist). Must be idempotent: it runs at every start and
 * on several instances.
 */
public interface DemoData {

	void createDemoData();

}

/**
 * Each role's overview: the entrepreneur's home, the officer's work queue, the administrator's home, and the
 * province and area dashboards with their exports and yearly targets. The dashboards rebuild summary tables of their
 * own ({@link id.jakpreneur.portal.dashboard.domain.SummaryRefresh}) from the views the other modules publish for
 * them, never from those modules' tables or classes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "region", "entrepreneur", "assessment", "shared" })
package id.jakpreneur.portal.dashboard;

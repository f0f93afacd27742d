/**
 * Each role's overview: the entrepreneur's home, the officer's work queue, the administrator's home, and the
 * province and area dashboards with their exports and yearly targets. The dashboards read other modules' tables
 * with SQL into summary tables of their own ({@link id.jakpreneur.portal.dashboard.domain.SummaryRefresh}), never through
 * those modules' classes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "region", "entrepreneur", "assessment", "shared" })
package id.jakpreneur.portal.dashboard;

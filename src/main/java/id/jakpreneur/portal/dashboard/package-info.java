/**
 * Each role's overview: the entrepreneur's home, the officer's work queue, the administrator's home, and
 * later the dashboards.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "region", "entrepreneur", "assessment", "shared" })
package id.jakpreneur.portal.dashboard;

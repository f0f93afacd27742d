/**
 * Overviews for programme officers and administrators: their home pages now, the dashboards later.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "region", "shared" })
package id.jakpreneur.portal.dashboard;

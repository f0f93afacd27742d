/**
 * The programme's remaining steps run inside the portal: P2 Pelatihan (classes, enrolment with a waiting list,
 * attendance, certificates) and P6 Pelaporan keuangan (monthly reports); completions are published as events.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "account", "region", "entrepreneur", "assessment", "partner", "shared" })
package id.jakpreneur.portal.programme;

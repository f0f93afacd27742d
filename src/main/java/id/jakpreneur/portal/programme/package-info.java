/**
 * The programme's remaining steps run inside the portal: P2 Pelatihan (classes, enrolment with a waiting list,
 * attendance, certificates), P4 Perizinan (the licence register and route), P6 Pelaporan keuangan (monthly reports),
 * P7 Permodalan (capital readiness and the referral pack), and each participant's timeline; completions are published
 * as events.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "account", "region", "entrepreneur", "assessment", "partner", "mentoring", "shared" })
package id.jakpreneur.portal.programme;

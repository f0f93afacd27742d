/**
 * P2 Pelatihan: classes of an area with their sessions, enrolment with a waiting list under a row lock on the
 * class, attendance and certificates; a certificate is published as {@link id.jakpreneur.portal.training.TrainingCertified}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "account", "region", "entrepreneur", "assessment", "partner", "notification", "shared" })
package id.jakpreneur.portal.training;

/**
 * P7 Permodalan on the portal's side: the participant's capital readiness, the capital offers and applications on
 * {@code /me/capital}, and the printable referral pack of an application.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "entrepreneur", "assessment",
		"partner", "training", "licensing", "reporting", "document", "shared" })
package id.jakpreneur.portal.capital;

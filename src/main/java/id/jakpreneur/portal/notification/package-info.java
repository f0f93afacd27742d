/**
 * The notification centre: every notice to a person (the bell in the page header, {@code /notifications}) and the
 * outbox that carries notices and secrets (activation and reset links) out by e-mail and WhatsApp, in the person's
 * language and by their preferences, with retries. Every module may use it; it knows only accounts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "shared" })
@id.jakpreneur.portal.shared.PublishedViews({ "notice_dedupe" })
package id.jakpreneur.portal.notification;

/**
 * Documents as evidence (issue 18): uploads that back a record of another module (a licence, a capital application,
 * a financial report, an outlet's sales), checked by their content (PDF, JPEG or PNG; images decoded and re-encoded
 * without metadata), kept behind a {@code DocumentStore} and served at {@code /documents/{id}} only to those who may
 * see the participant's records.
 * <p>
 * The root package is the API: {@link id.jakpreneur.portal.document.Documents} (attach, list, read, delete), its
 * value types, and {@link id.jakpreneur.portal.document.Images}, the one check and clean-up of uploaded images that
 * outlet's product photos use too. Its SQL reads entrepreneur's {@code participant_directory}, mentoring's
 * {@code participant_current_mentor} and assessment's {@code step_completion}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "entrepreneur", "shared" })
package id.jakpreneur.portal.document;

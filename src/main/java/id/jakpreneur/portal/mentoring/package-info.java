/**
 * Mentors (pendamping) and their work with mentees: assignments, sessions, agreed actions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "region", "shared" })
package id.jakpreneur.portal.mentoring;

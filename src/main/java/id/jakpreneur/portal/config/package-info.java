/**
 * Cross-cutting web configuration: language selection and the model every page layout needs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package id.jakpreneur.portal.config;

/**
 * Accounts, roles, login and passwords: who a person is in the portal and what area they work in.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "region", "shared" })
@id.jakpreneur.portal.shared.PublishedViews({ "account_directory", "account_audit_entry" })
package id.jakpreneur.portal.account;

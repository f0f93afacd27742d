/**
 * Accounts, roles, login and passwords: who a person is in the portal and what area they work in.
 */
@id.jakpreneur.portal.shared.PublishedViews({ "account_name" })
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "region", "shared" })
@id.jakpreneur.portal.shared.PublishedViews({ "account_name" })
package id.jakpreneur.portal.account;

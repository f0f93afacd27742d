/**
 * e-Order (issue 21): buyer organisations (DKI agencies, BUMD, schools) and their purchasing officers (the BUYER
 * role, each scoped to one organisation), the public request for a buyer account, and purchase orders from a quote
 * to a settled sale: asked, quoted or declined, ordered, confirmed, delivered, received and paid, or cancelled with a
 * reason. Publishes {@link id.jakpreneur.portal.eorder.OrderSettled} and the view {@code eorder_sale}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "account", "region", "entrepreneur", "assessment", "notification", "shared" })
@id.jakpreneur.portal.shared.PublishedViews({ "eorder_sale" })
package id.jakpreneur.portal.eorder;

/**
 * P6 Pelaporan keuangan: the participant's monthly financial reports and their twelve-month overview; each filing
 * is published as {@link id.jakpreneur.portal.reporting.ReportFiled}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "account", "entrepreneur", "assessment", "notification", "document", "shared" })
package id.jakpreneur.portal.reporting;

/**
 * The public Katalog JakPreneur ({@code /katalog}): curated products that their entrepreneurs chose to publish, with
 * the business profile she chose to show, searchable by words, sector, kecamatan and licence mark, in a fair daily
 * rotation (decisions 118, 119); product pages with an ask-the-seller form that reaches her as a notice; the
 * sitemap. Products, their grades, photos and listing terms stay in {@code outlet}, read here through its published
 * views; {@code domain} holds the profile, the photo resizing and the question limits, {@code query} the listing,
 * {@code web} the pages.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "account", "region", "entrepreneur", "notification", "shared" })
@id.jakpreneur.portal.shared.PublishedViews({ "catalogue_listing" })
package id.jakpreneur.portal.catalogue;

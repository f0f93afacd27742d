/**
 * DKI Jakarta's administrative regions (kota/kabupaten, kecamatan, kelurahan) with Kemendagri codes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package id.jakpreneur.portal.region;

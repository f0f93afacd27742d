/**
 * Small pieces every feature uses: web error handling, paging links, masking of personal data.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.jakpreneur.portal.shared;

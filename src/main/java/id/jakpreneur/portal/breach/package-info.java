/**
 * Breach response (issue 22): when an account (an officer's, a mentor's, a partner's...) may have been misused, an
 * administrator records the incident with the time window and when it was discovered; the portal lists the people
 * whose data that account touched in the window, from the trails the other modules publish (entrepreneur's
 * {@code personal_data_touch}: NIK/KK reveals, KTP checks and profile edits; timeline's {@code timeline_actor_entry};
 * partner's {@code referral_actor_entry}; account's {@code account_audit_entry}), notifies them through the
 * notification centre and exports the list for the authority. It owns {@code breach_incident} and no API.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "account", "entrepreneur", "timeline", "partner", "notification", "shared" })
package id.jakpreneur.portal.breach;

package id.jakpreneur.portal.entrepreneur.domain;

import id.jakpreneur.portal.entrepreneur.BusinessDetails;

/**
 * Everything a registration needs: the login, the person, the business and the consent. For a walk-in
 * registration {@code registeredBy} is the officer at the desk; online it is empty and the new account itself
 * is recorded.
 */
public record NewRegistration(String email, String password, PersonDetails person, BusinessDetails business,
		String consentVersion, RegistrationChannel channel, Long registeredBy) {
}

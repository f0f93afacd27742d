package id.jakpreneur.portal.assessment.domain;

import id.jakpreneur.portal.account.Role;

/** Who made an assessment: a person in one of the portal's roles, or the portal itself. */
public enum AssessorRole {

	ENTREPRENEUR, MENTOR, OFFICER, ADMIN,

	/** The portal: a re-assessment after a step was completed elsewhere, or after the policy changed. */
	SYSTEM;

	public static AssessorRole of(Role role) {
		return valueOf(role.name());
	}

}

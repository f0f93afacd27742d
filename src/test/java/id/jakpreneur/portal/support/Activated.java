package id.jakpreneur.portal.support;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.ActivationSlip;

/**
 * Accounts someone else opens are closed until their holder activates them with the slip's code and a password of
 * their own. Fixtures that need such an account at work go through that step here, as the holder would on
 * {@code /activate}.
 */
public final class Activated {

	private Activated() {
	}

	public static void withPassword(AccountActivation activations, ActivationSlip slip, String password) {
		activations.activate(activations.findByCode(slip.loginName(), slip.code()).orElseThrow(), password)
			.orElseThrow();
	}

}

package id.jakpreneur.portal.account.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Flash attributes (the "saved" notes after a redirect) live in the session, and Spring MVC looks for them on every
 * request it dispatches, static files included: with a session cookie that was a read of the session row for every
 * stylesheet and script. A static file never shows a flash attribute, so it is not looked up for one (decision 114).
 */
class StaticFilesWithoutFlashMaps extends SessionFlashMapManager {

	@Override
	protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
		return StaticFiles.isStatic(request) ? null : super.retrieveFlashMaps(request);
	}

}

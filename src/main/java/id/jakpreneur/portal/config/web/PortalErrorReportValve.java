package id.jakpreneur.portal.config.web;

import java.util.function.Supplier;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's error report, replaced: an error that reaches Tomcat without a page (a malformed request line or URL
 * refused before the portal sees it, a failure while the error page was drawn) gets the portal's bare error page
 * or a line of plain text, never Tomcat's own page.
 */
class PortalErrorReportValve extends ErrorReportValve {

	private static final Logger log = LoggerFactory.getLogger(PortalErrorReportValve.class);

	private final Supplier<BareErrorPage> page;

	PortalErrorReportValve(Supplier<BareErrorPage> page) {
		this.page = page;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String requestId = RequestIdFilter.of(request);
		try {
			response.resetBuffer();
			page.get().write(request, response, status, requestId == null ? RequestIdFilter.newId() : requestId);
			response.finishResponse();
		}
		catch (Exception | LinkageError ex) {
			log.warn("Could not write the error page for status {}: {}", status, ex.toString());
		}
	}

}

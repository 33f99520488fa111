package org.resetdesk.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error page (a request it refuses before ResetDesk sees it: a malformed address, a header it cannot
 * read) with the same protective headers as every other response: no scripts, no framing, not cached.
 */
public final class ErrorPageHeadersValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (!response.isCommitted()) {
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-store");
        }
        super.report(request, response, throwable);
    }
}

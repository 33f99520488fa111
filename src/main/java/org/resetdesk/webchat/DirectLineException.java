package org.resetdesk.webchat;

/** A Direct Line request that cannot be served; {@code status} is the HTTP status to answer with. */
final class DirectLineException extends RuntimeException {

    /** How long a refused client should wait, in seconds ({@code Retry-After}); 0 for none. */
    static final long BUSY_RETRY_SECONDS = 30;

    private final int status;
    private final String code;
    private final long retryAfterSeconds;

    DirectLineException(int status, String code, String message) {
        this(status, code, message, 0);
    }

    private DirectLineException(int status, String code, String message, long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** 503: the web chat is full for now; nothing was taken, the client may try again later. */
    static DirectLineException busy() {
        return new DirectLineException(503, "ServiceUnavailable",
                "The web chat is busy; nothing was taken, please try again shortly", BUSY_RETRY_SECONDS);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    static DirectLineException badRequest(String message) {
        return new DirectLineException(400, "BadArgument", message);
    }

    static DirectLineException missingToken() {
        return new DirectLineException(401, "MissingToken", "A Bearer token is required");
    }

    /** 403, which Web Chat's Direct Line client reads as "expired token" (it then stops polling). */
    static DirectLineException invalidToken() {
        return new DirectLineException(403, "TokenExpired", "The token is not valid (it may have expired)");
    }

    static DirectLineException forbidden() {
        return new DirectLineException(403, "BadToken", "This token is not valid for this conversation");
    }

    static DirectLineException tooLarge(String message) {
        return new DirectLineException(413, "PayloadTooLarge", message);
    }

    static DirectLineException notFound() {
        return new DirectLineException(404, "NotFound", "Conversation not found (it may have expired)");
    }
}

package org.resetdesk.webchat;

/** A Direct Line request that cannot be served; {@code status} is the HTTP status to answer with. */
final class DirectLineException extends RuntimeException {

    private final int status;
    private final String code;

    DirectLineException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
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

    static DirectLineException unauthorized() {
        return new DirectLineException(401, "TokenExpired", "A valid Bearer token is required (it may have expired)");
    }

    static DirectLineException forbidden() {
        return new DirectLineException(403, "BadToken", "This token is not valid for this conversation");
    }

    static DirectLineException notFound() {
        return new DirectLineException(404, "NotFound", "Conversation not found (it may have expired)");
    }
}

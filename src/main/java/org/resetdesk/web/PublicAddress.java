package org.resetdesk.web;

import java.net.URI;
import java.util.function.Supplier;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * The address users reach ResetDesk at, for the links in replies (password pages, "Read more"): the configured
 * {@code resetdesk.reset.public-url}, or else this machine on the port the server actually listens on. Never the
 * request's {@code Host} header, which a caller chooses. Thread-safe.
 */
public final class PublicAddress implements Supplier<URI>, ApplicationListener<WebServerInitializedEvent> {

    private final URI configured;
    private volatile URI local;

    /** @param configured the configured address, or {@code null} to use this machine's port */
    public PublicAddress(URI configured, int configuredPort) {
        this.configured = configured;
        this.local = localhost(configuredPort);
    }

    /** The address, without a trailing slash. */
    @Override
    public URI get() {
        URI base = configured != null ? configured : local;
        return URI.create(base.toString().replaceAll("/+$", ""));
    }

    /** The port is known only once the server listens (it may have been 0: any free port). */
    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        local = localhost(event.getWebServer().getPort());
    }

    private static URI localhost(int port) {
        return URI.create("http://localhost:" + port);
    }
}

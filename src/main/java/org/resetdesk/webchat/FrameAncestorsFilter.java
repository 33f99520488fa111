package org.resetdesk.webchat;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Content Security Policy for every response: the page loads scripts and data only from ResetDesk, and only the
 * configured intranet origins (and ResetDesk itself) may put it in a frame, which is how the widget embeds it.
 */
@Component
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class FrameAncestorsFilter extends OncePerRequestFilter {

    private final String policy;

    FrameAncestorsFilter(WebChatProperties properties) {
        // Web Chat injects its styles at run time and shows avatars and images as data:/blob: URLs; nothing else
        // is loaded from anywhere but ResetDesk itself.
        this.policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
                + ("frame-ancestors 'self' " + String.join(" ", properties.allowedOrigins())).strip();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, response);
    }
}

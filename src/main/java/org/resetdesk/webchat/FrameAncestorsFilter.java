package org.resetdesk.webchat;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets only the configured intranet origins (and ResetDesk itself) put the chat page in a frame, which is how the
 * widget embeds it; browsers refuse any other embedding page.
 */
@Component
class FrameAncestorsFilter extends OncePerRequestFilter {

    private final String policy;

    FrameAncestorsFilter(WebChatProperties properties) {
        this.policy = ("frame-ancestors 'self' " + String.join(" ", properties.allowedOrigins())).strip();
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

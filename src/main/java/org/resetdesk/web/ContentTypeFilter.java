package org.resetdesk.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose {@code Content-Type} is a wildcard ({@code *}{@code /*}, {@code text/*}) with {@code 415}
 * and the reason, before anything else looks at it: further in, Spring treats such a header as a programming error
 * and answers 500. Logged in one line, without the header's value.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ContentTypeFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ContentTypeFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String reason = problem(request.getHeader("Content-Type"));
        if (reason == null) {
            chain.doFilter(request, response);
            return;
        }
        log.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), reason);
        response.setStatus(415);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":{\"code\":\"UnsupportedMediaType\",\"message\":\"" + reason + "\"}}");
    }

    /** Why the header cannot be taken, or {@code null} when it can (or is absent). */
    static String problem(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return null; // Spring ignores a header it cannot parse, and the endpoints read their bodies themselves
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            return "The Content-Type header must name a media type, not a wildcard";
        }
        return null;
    }
}

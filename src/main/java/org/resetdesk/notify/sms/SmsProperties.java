package org.resetdesk.notify.sms;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SMS through an HTTP gateway ({@code resetdesk.notify.sms.*}).
 *
 * @param type          {@code http} to send SMS this way
 * @param url           the gateway's address (https)
 * @param method        {@code POST} (default) or {@code PUT}
 * @param headers       headers to send, such as {@code Authorization}; give secrets through the environment
 *                      ({@code RESETDESK_NOTIFY_SMS_HEADERS_AUTHORIZATION}), never in a file
 * @param format        {@code json}: {@code body} is a JSON template; {@code form}: form fields (Twilio-style)
 * @param body          for {@code json}: the body, with {@code {to}} and {@code {text}} where the number and the
 *                      text go (both JSON-escaped)
 * @param fields        for {@code form}: field name to value, with the same placeholders
 * @param defaultRegion the country numbers without a country code are read in (ISO 3166 code, such as {@code RO})
 * @param timeout       how long the gateway may take to answer
 */
@ConfigurationProperties("resetdesk.notify.sms")
public record SmsProperties(String type, URI url, @DefaultValue("POST") String method,
        @DefaultValue Map<String, String> headers, @DefaultValue("json") String format,
        @DefaultValue("{\"to\":\"{to}\",\"text\":\"{text}\"}") String body,
        @DefaultValue Map<String, String> fields, @DefaultValue("RO") String defaultRegion,
        @DefaultValue("10s") Duration timeout) {

    void requireComplete() {
        StringBuilder problems = new StringBuilder();
        if (url == null || !"https".equals(url.getScheme()) && !"localhost".equals(url.getHost())) {
            problems.append("; resetdesk.notify.sms.url must be the gateway's https address");
        }
        if (!"POST".equalsIgnoreCase(method) && !"PUT".equalsIgnoreCase(method)) {
            problems.append("; resetdesk.notify.sms.method must be POST or PUT");
        }
        if (!"json".equals(format) && !"form".equals(format)) {
            problems.append("; resetdesk.notify.sms.format must be json or form");
        }
        if ("json".equals(format) && (!body.contains("{to}") || !body.contains("{text}"))) {
            problems.append("; resetdesk.notify.sms.body must hold {to} and {text}");
        }
        if ("form".equals(format) && (fields.isEmpty() || fields.values().stream().noneMatch(v -> v.contains("{to}"))
                || fields.values().stream().noneMatch(v -> v.contains("{text}")))) {
            problems.append("; resetdesk.notify.sms.fields must hold {to} and {text}");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("resetdesk.notify.sms.type=http" + problems);
        }
    }
}

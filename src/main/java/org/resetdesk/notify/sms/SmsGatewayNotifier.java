package org.resetdesk.notify.sms;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import org.resetdesk.notify.ChannelNotifier;
import org.resetdesk.notify.Notification;

/**
 * SMS through an HTTP gateway: the number normalised to E.164 (libphonenumber), the text put into the configured
 * JSON template or form fields, sent asynchronously with a timeout. Any 2xx counts as handed over; anything else, or
 * no answer, as not sent. Failures name the status or the kind only, never the number or the text (it may be a
 * code). Thread-safe.
 */
final class SmsGatewayNotifier implements ChannelNotifier {

    private final HttpClient http;
    private final SmsProperties properties;
    private final PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();

    SmsGatewayNotifier(HttpClient http, SmsProperties properties) {
        this.http = http;
        this.properties = properties;
    }

    @Override
    public Notification.Channel channel() {
        return Notification.Channel.SMS;
    }

    @Override
    public CompletableFuture<Void> send(Notification notification) {
        String to;
        try {
            to = e164(notification.to());
        } catch (NumberParseException e) {
            return CompletableFuture.failedFuture(new SendFailedException("not a phone number"));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(properties.url()).timeout(properties.timeout());
        properties.headers().forEach(request::header);
        String body;
        if ("form".equals(properties.format())) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
            body = form(properties.fields(), to, notification.body());
        } else {
            request.header("Content-Type", "application/json");
            body = properties.body().replace("{to}", json(to)).replace("{text}", json(notification.body()));
        }
        request.method(properties.method().toUpperCase(java.util.Locale.ROOT),
                HttpRequest.BodyPublishers.ofString(body));
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
            if (failure != null) {
                Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                throw new SendFailedException(cause.getClass().getSimpleName());
            }
            if (response.statusCode() / 100 != 2) {
                throw new SendFailedException("status " + response.statusCode());
            }
            return null;
        });
    }

    /** The number in E.164 ({@code +40721000001}), read in the default region when it has no country code. */
    String e164(String number) throws NumberParseException {
        Phonenumber.PhoneNumber parsed = numbers.parse(number, properties.defaultRegion());
        if (!numbers.isPossibleNumber(parsed)) {
            throw new NumberParseException(NumberParseException.ErrorType.NOT_A_NUMBER, "impossible number");
        }
        return numbers.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    private static String form(Map<String, String> fields, String to, String text) {
        StringJoiner form = new StringJoiner("&");
        fields.forEach((name, value) -> form.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value.replace("{to}", to).replace("{text}", text), StandardCharsets.UTF_8)));
        return form.toString();
    }

    /** The text as the inside of a JSON string. */
    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** The gateway did not take the message. */
    static final class SendFailedException extends RuntimeException {
        SendFailedException(String kind) {
            super("the SMS gateway did not take the message (" + kind + ")");
        }
    }
}

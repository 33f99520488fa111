package org.resetdesk.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.Cache;
import org.resetdesk.cache.Caches;
import org.resetdesk.conversation.RegistrationReminder;
import org.resetdesk.directory.DirectoryAdapter;
import org.resetdesk.directory.DirectoryUser;
import org.resetdesk.enrollment.Enrollment;
import org.resetdesk.enrollment.EnrollmentStore;
import org.resetdesk.identity.DirectoryCalls;
import org.resetdesk.identity.FlowReplies;
import org.resetdesk.identity.Methods;
import org.resetdesk.text.Language;
import org.resetdesk.text.Reply;
import org.resetdesk.verification.VerificationProperties;

/**
 * Registration enforcement, as Entra's "require users to register when signing in" and "days before users are asked
 * to reconfirm": a signed-in Teams user with fewer usable methods than the policy requires, or whose last
 * confirmation is older than {@code resetdesk.registration.reconfirm-days}, is asked to look at them, once a UTC day
 * (per instance: the day is remembered in memory). The day is taken before the lookups, so turns arriving together
 * look the user up once.
 */
final class DailyReminder implements RegistrationReminder {

    private final Cache<String, LocalDate> asked = Caches.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofHours(25))
            .build();
    private final DirectoryAdapter directory;
    private final EnrollmentStore store;
    private final DirectoryCalls calls;
    private final Methods methods;
    private final VerificationProperties policy;
    private final RegistrationProperties properties;
    private final FlowReplies replies;
    private final Clock clock;

    DailyReminder(DirectoryAdapter directory, EnrollmentStore store, DirectoryCalls calls, Methods methods,
            VerificationProperties policy, RegistrationProperties properties, FlowReplies replies, Clock clock) {
        this.directory = directory;
        this.store = store;
        this.calls = calls;
        this.methods = methods;
        this.policy = policy;
        this.properties = properties;
        this.replies = replies;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<Optional<Reply>> due(String objectId, Language language) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (today.equals(asked.asMap().put(objectId, today))) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return calls.directory(directory.find(objectId), "find").thenCompose(found -> {
            if (found.isEmpty() || !found.get().enabled()) {
                return CompletableFuture.completedFuture(Optional.<Reply>empty());
            }
            DirectoryUser user = found.get();
            return calls.directory(store.find(user.id()), "enrollment").thenApply(registered -> {
                Enrollment enrollment = registered.orElseGet(() -> Enrollment.none(user.id()));
                return reminder(Methods.withRegisteredContacts(user, enrollment), enrollment)
                        .map(key -> new Reply(replies.text(language, key, Map.of()),
                                List.of(replies.text(language, "register.remind.action", Map.of())), language));
            });
        }).exceptionally(error -> Optional.empty());
    }

    /** The message key of the reminder the user needs, if any. */
    private Optional<String> reminder(DirectoryUser user, Enrollment enrollment) {
        if (methods.usable(user, enrollment).size() < policy.requirementFor(user.administrator()).required()) {
            return Optional.of("register.remind.unregistered");
        }
        if (properties.reconfirmDays() == 0) {
            return Optional.empty();
        }
        boolean stale = enrollment.confirmedAt() == null || enrollment.confirmedAt()
                .plus(Duration.ofDays(properties.reconfirmDays())).isBefore(clock.instant());
        return stale ? Optional.of("register.remind.reconfirm") : Optional.empty();
    }
}

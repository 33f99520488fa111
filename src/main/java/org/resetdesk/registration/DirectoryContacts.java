package org.resetdesk.registration;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.directory.ContactWriter;
import org.resetdesk.identity.DirectoryCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes registered contacts to the directory's own authentication methods when that is configured
 * ({@code resetdesk.registration.write-to-entra}); otherwise does nothing. A failure is logged for the admin and the
 * registration in ResetDesk stands: completes normally either way.
 */
final class DirectoryContacts {

    private static final Logger log = LoggerFactory.getLogger(DirectoryContacts.class);

    private final Optional<ContactWriter> writer;
    private final DirectoryCalls calls;

    DirectoryContacts(Optional<ContactWriter> writer, DirectoryCalls calls) {
        this.writer = writer;
        this.calls = calls;
    }

    CompletableFuture<Void> write(String userId, ContactKind kind, String value, String reference) {
        if (writer.isEmpty() || value == null) {
            return CompletableFuture.completedFuture(null);
        }
        ContactWriter.Kind written = kind == ContactKind.EMAIL ? ContactWriter.Kind.EMAIL
                : ContactWriter.Kind.MOBILE_PHONE;
        return calls.directory(writer.get().write(userId, written, value), "write-contact").exceptionally(error -> {
            log.warn("[{}] the {} could not be written to the directory: {}", reference, kind,
                    DirectoryCalls.failure(error, "write-contact").reason());
            return null;
        });
    }
}

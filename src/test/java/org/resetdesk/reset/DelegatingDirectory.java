package org.resetdesk.reset;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.directory.DirectoryAdapter;
import org.resetdesk.directory.DirectoryUser;

/** A directory that does what another one does, for tests that change one or two of its answers. */
class DelegatingDirectory implements DirectoryAdapter {

    private final DirectoryAdapter delegate;

    DelegatingDirectory(DirectoryAdapter delegate) {
        this.delegate = delegate;
    }

    @Override
    public CompletableFuture<Optional<DirectoryUser>> find(String identifier) {
        return delegate.find(identifier);
    }

    @Override
    public CompletableFuture<Void> resetPassword(String userId, String newPassword, boolean mustChangeAtNextLogin) {
        return delegate.resetPassword(userId, newPassword, mustChangeAtNextLogin);
    }

    @Override
    public CompletableFuture<List<DirectoryUser>> administrators() {
        return delegate.administrators();
    }

    @Override
    public CompletableFuture<Void> unlock(String userId) {
        return delegate.unlock(userId);
    }

    @Override
    public boolean unlocks() {
        return delegate.unlocks();
    }
}

package org.resetdesk.directory.ldap;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.directory.DirectoryAdapter;
import org.resetdesk.directory.DirectoryFailure;
import org.resetdesk.directory.DirectoryUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A hybrid tenant: accounts are found in the cloud directory (Entra ID) and keep its id (the one a Teams token
 * names); one synced from on-premises is changed at its source of authority, Active Directory, where it is matched by
 * its sign-in name alone ({@code userPrincipalName}, never mail or other attributes) at every lookup and change, so
 * no writeback agent is needed. A cloud-only account stays in the cloud. Nothing the user types can steer a lookup to
 * Active Directory: every one starts in the cloud.
 *
 * <p>What a synced account shows combines both: the cloud's reset methods (the on-premises contacts when the cloud
 * has none), administrator when either directory says so, enabled only when both do, locked as Active Directory says;
 * it stays marked {@link DirectoryUser#synced()}, mastered on-premises. A synced account that Active Directory does
 * not have stays the cloud's, which refuses changes as managed elsewhere; the admin log says why.
 */
final class HybridDirectory implements DirectoryAdapter {

    private static final Logger log = LoggerFactory.getLogger(HybridDirectory.class);

    private final DirectoryAdapter cloud;
    private final LdapDirectory onPremises;

    HybridDirectory(DirectoryAdapter cloud, LdapDirectory onPremises) {
        this.cloud = cloud;
        this.onPremises = onPremises;
    }

    @Override
    public CompletableFuture<Optional<DirectoryUser>> find(String identifier) {
        return cloud.find(identifier).thenCompose(found -> {
            if (found.isEmpty() || !found.get().synced()) {
                return CompletableFuture.completedFuture(found);
            }
            DirectoryUser synced = found.get();
            return onPremises.findByUpn(synced.upn()).thenApply(local -> local
                    .map(account -> Optional.of(combined(synced, account)))
                    .orElseGet(() -> {
                        log.warn("Hybrid: a synced account has no Active Directory account with its UPN; it cannot"
                                + " be changed here (check the LDAP base DN)");
                        return found;
                    }));
        });
    }

    private static DirectoryUser combined(DirectoryUser synced, DirectoryUser local) {
        DirectoryUser.Contacts contacts = synced.contacts().alternateEmail() == null
                && synced.contacts().mobilePhone() == null ? local.contacts() : synced.contacts();
        return new DirectoryUser(synced.id(), synced.upn(), synced.displayName(), synced.firstName(),
                synced.lastName(), synced.employeeId(), synced.locale(), contacts,
                synced.administrator() || local.administrator(), synced.enabled() && local.enabled(), local.locked(),
                true);
    }

    @Override
    public CompletableFuture<Void> resetPassword(String userId, String newPassword, boolean mustChangeAtNextLogin) {
        return where(userId).thenCompose(local -> local.isPresent()
                ? onPremises.resetPassword(local.get().id(), newPassword, mustChangeAtNextLogin)
                : cloud.resetPassword(userId, newPassword, mustChangeAtNextLogin));
    }

    @Override
    public CompletableFuture<Void> unlock(String userId) {
        return where(userId).thenCompose(local -> local.isPresent() ? onPremises.unlock(local.get().id())
                : cloud.unlock(userId));
    }

    /** The Active Directory account a cloud account is changed in, or empty for a cloud-only one. */
    private CompletableFuture<Optional<DirectoryUser>> where(String cloudId) {
        return cloud.find(cloudId).thenCompose(found -> {
            if (found.isEmpty()) {
                return CompletableFuture.failedFuture(new DirectoryFailure(DirectoryFailure.Reason.NOT_FOUND,
                        "hybrid: the cloud account is gone"));
            }
            return found.get().synced() ? onPremises.findByUpn(found.get().upn())
                    : CompletableFuture.completedFuture(Optional.empty());
        });
    }

    /** The cloud's administrators get the notice: they are the tenant's. */
    @Override
    public CompletableFuture<List<DirectoryUser>> administrators() {
        return cloud.administrators();
    }

    /** Active Directory's lockout can be cleared; a cloud-only account's smart lockout cannot. */
    @Override
    public boolean unlocks(DirectoryUser user) {
        return user.synced() || cloud.unlocks(user);
    }
}

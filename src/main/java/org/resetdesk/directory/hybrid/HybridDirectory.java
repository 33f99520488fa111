package org.resetdesk.directory.hybrid;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.directory.DirectoryAdapter;
import org.resetdesk.directory.DirectoryUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A hybrid tenant: accounts are found in the cloud directory (Entra ID); one synced from on-premises is changed at
 * its source of authority, Active Directory, matched there by its sign-in name (UPN), so no writeback agent is
 * needed. A cloud-only account stays in the cloud. The account's id tells the two apart: an on-premises account's is
 * {@value #ON_PREMISES} followed by its DN.
 *
 * <p>What the user sees of a synced account combines both: the cloud's reset methods (the on-premises contacts when
 * the cloud has none), administrator when either directory says so, enabled only when both do, locked as Active
 * Directory says. A synced account missing from Active Directory stays the cloud's, which refuses the change as
 * managed elsewhere; the admin log says why.
 */
public final class HybridDirectory implements DirectoryAdapter {

    static final String ON_PREMISES = "onprem:";
    private static final Logger log = LoggerFactory.getLogger(HybridDirectory.class);

    private final DirectoryAdapter cloud;
    private final DirectoryAdapter onPremises;

    public HybridDirectory(DirectoryAdapter cloud, DirectoryAdapter onPremises) {
        this.cloud = cloud;
        this.onPremises = onPremises;
    }

    @Override
    public CompletableFuture<Optional<DirectoryUser>> find(String identifier) {
        if (identifier != null && identifier.startsWith(ON_PREMISES)) {
            // a later turn looking the account up again by the id it was given
            return onPremises.find(identifier.substring(ON_PREMISES.length())).thenApply(found -> found.map(
                    user -> onPremisesOnly(user)));
        }
        return cloud.find(identifier).thenCompose(found -> {
            if (found.isEmpty() || !found.get().synced()) {
                return CompletableFuture.completedFuture(found);
            }
            DirectoryUser synced = found.get();
            return onPremises.find(synced.upn()).thenApply(local -> {
                if (local.isEmpty()) {
                    log.warn("Hybrid: a synced account was not found in Active Directory by its UPN; it cannot be"
                            + " changed here (check the LDAP base DN and user filter)");
                    return found;
                }
                return Optional.of(combined(synced, local.get()));
            });
        });
    }

    private static DirectoryUser combined(DirectoryUser synced, DirectoryUser local) {
        DirectoryUser.Contacts contacts = synced.contacts().alternateEmail() == null
                && synced.contacts().mobilePhone() == null ? local.contacts() : synced.contacts();
        return new DirectoryUser(ON_PREMISES + local.id(), synced.upn(), synced.displayName(), synced.firstName(),
                synced.lastName(), synced.employeeId(), synced.locale(), contacts,
                synced.administrator() || local.administrator(), synced.enabled() && local.enabled(), local.locked(),
                false);
    }

    private static DirectoryUser onPremisesOnly(DirectoryUser local) {
        return new DirectoryUser(ON_PREMISES + local.id(), local.upn(), local.displayName(), local.firstName(),
                local.lastName(), local.employeeId(), local.locale(), local.contacts(), local.administrator(),
                local.enabled(), local.locked(), false);
    }

    @Override
    public CompletableFuture<Void> resetPassword(String userId, String newPassword, boolean mustChangeAtNextLogin) {
        return userId.startsWith(ON_PREMISES)
                ? onPremises.resetPassword(userId.substring(ON_PREMISES.length()), newPassword, mustChangeAtNextLogin)
                : cloud.resetPassword(userId, newPassword, mustChangeAtNextLogin);
    }

    /** The cloud's administrators get the notice: they are the tenant's. */
    @Override
    public CompletableFuture<List<DirectoryUser>> administrators() {
        return cloud.administrators();
    }

    @Override
    public CompletableFuture<Void> unlock(String userId) {
        return userId.startsWith(ON_PREMISES) ? onPremises.unlock(userId.substring(ON_PREMISES.length()))
                : cloud.unlock(userId);
    }

    @Override
    public boolean unlocks() {
        return true;
    }

    /** Active Directory's lockout can be cleared; a cloud-only account's smart lockout cannot. */
    @Override
    public boolean unlocks(DirectoryUser user) {
        return user.id().startsWith(ON_PREMISES) ? onPremises.unlocks(user) : cloud.unlocks(user);
    }
}

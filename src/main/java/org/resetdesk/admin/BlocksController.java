package org.resetdesk.admin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.audit.AuditContext;
import org.resetdesk.audit.AuditEvent;
import org.resetdesk.audit.AuditSink;
import org.resetdesk.directory.DirectoryAdapter;
import org.resetdesk.directory.DirectoryUser;
import org.resetdesk.verification.Blocks;
import org.resetdesk.verification.NameKeys;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /admin/api/blocks}: the blocks the limits have set, and lifting them, so that a colleague blocked by someone
 * who typed their name and five wrong codes can be helped at once. Every lift is audited. Exists only when
 * {@code resetdesk.admin.token} is set; needs it as a Bearer token.
 */
@RestController
@Conditional(AdminTokenConfigured.class)
class BlocksController {

    private final AdminToken token;
    private final Blocks blocks;
    private final DirectoryAdapter directory;
    private final NameKeys nameKeys;
    private final AuditSink audit;
    private final Clock clock;

    BlocksController(AdminProperties properties, Blocks blocks, DirectoryAdapter directory, NameKeys nameKeys,
            AuditSink audit, Clock clock) {
        this.token = new AdminToken(properties.token());
        this.blocks = blocks;
        this.directory = directory;
        this.nameKeys = nameKeys;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin/api/blocks")
    ResponseEntity<?> list(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        if (!token.accepts(authorization)) {
            return AdminToken.unauthorized();
        }
        return ResponseEntity.ok(Map.of("blocks", blocks.current()));
    }

    /**
     * Lifts the blocks of an account (any of its names, as a user would type it: its directory id and the keys of
     * all its names are lifted, and of the name as given), of a conversation, or of a key from the list.
     */
    @DeleteMapping("/admin/api/blocks")
    CompletableFuture<ResponseEntity<?>> lift(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam(name = "account", required = false) String account,
            @RequestParam(name = "conversation", required = false) String conversation,
            @RequestParam(name = "key", required = false) String key) {
        if (!token.accepts(authorization)) {
            return CompletableFuture.completedFuture(AdminToken.unauthorized());
        }
        long given = java.util.stream.Stream.of(account, conversation, key).filter(BlocksController::present).count();
        if (given != 1) {
            return CompletableFuture.completedFuture(ResponseEntity.badRequest().body(Map.of("error",
                    "Give exactly one of 'account', 'conversation' or 'key'")));
        }
        if (present(conversation) || present(key)) {
            String what = present(conversation) ? conversation.strip() : key.strip();
            return CompletableFuture.completedFuture(ResponseEntity.ok(Map.of("lifted", lift(List.of(what), null))));
        }
        if (account.length() > 256) {
            return CompletableFuture.completedFuture(ResponseEntity.badRequest().body(Map.of("error",
                    "'account' is longer than any account name")));
        }
        return directory.find(account.strip()).handle((found, error) -> {
            if (error != null) {
                return ResponseEntity.status(502).body(Map.of("error",
                        "The directory could not be asked for the account; nothing was lifted, try again"));
            }
            List<String> keys = new ArrayList<>();
            keys.add(nameKeys.of(account));
            found.ifPresent(user -> keys.addAll(keysOf(user)));
            return ResponseEntity.ok(Map.of("lifted", lift(keys, found.map(DirectoryUser::id).orElse(null)),
                    "accountFound", found.isPresent()));
        });
    }

    /** Every key a real account's attempts may have counted under: its id and the key of each name it has. */
    private List<String> keysOf(DirectoryUser user) {
        List<String> keys = new ArrayList<>(List.of(user.id(), nameKeys.of(user.id()), nameKeys.of(user.upn())));
        if (user.employeeId() != null) {
            keys.add(nameKeys.of(user.employeeId()));
        }
        return keys.stream().distinct().toList();
    }

    private List<Blocks.Block> lift(List<String> keys, String userId) {
        List<Blocks.Block> lifted = new ArrayList<>();
        for (String key : keys) {
            for (Blocks.Block block : blocks.lift(key)) {
                audit.record(new AuditEvent.BlockLifted(new AuditContext(clock.instant(),
                        UUID.randomUUID().toString(), "admin", null, userId), block.limit(), block.key()));
                lifted.add(block);
            }
        }
        return lifted;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}

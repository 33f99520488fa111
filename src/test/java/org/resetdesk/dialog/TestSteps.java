package org.resetdesk.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.resetdesk.text.Reply;

/** Steps for engine tests. The code and password are obviously fake. */
final class TestSteps {

    static final String RIGHT_CODE = "12345678";
    static final String CODE_SENT = "A code was sent (test).";

    private TestSteps() {
    }

    static List<DialogStep> all() {
        return List.of(new NoopStep(), new RememberStep(), new CheckCode(), new TakeSecret(), new LeakSecret());
    }

    /** Sends a code on entering; {@code ok} for the right code, {@code wrong} otherwise. */
    static final class CheckCode implements DialogStep {
        @Override
        public String id() {
            return "check-code";
        }

        @Override
        public Set<String> outcomes() {
            return Set.of("ok", "wrong");
        }

        @Override
        public List<Reply> onEnter(StepContext context) {
            return List.of(Reply.text(CODE_SENT, context.language()));
        }

        @Override
        public java.util.concurrent.CompletableFuture<StepResult> handle(StepContext context, DialogInput input) {
            boolean right = input instanceof DialogInput.Code code && code.digits().equals(RIGHT_CODE);
            return StepResult.of(right ? "ok" : "wrong").now();
        }
    }

    /** Records the secrets it was given, as a password-changing step would use them; keeps a harmless slot. */
    static final class TakeSecret implements DialogStep {
        final List<String> received = new ArrayList<>();

        @Override
        public String id() {
            return "take-secret";
        }

        @Override
        public Set<String> outcomes() {
            return Set.of("ok");
        }

        @Override
        public java.util.concurrent.CompletableFuture<StepResult> handle(StepContext context, DialogInput input) {
            received.add(((DialogInput.Secret) input).value());
            return new StepResult("ok", List.of(), Map.of("password-set", "yes")).now();
        }
    }

    /** A faulty step that tries to keep the secret it was given. */
    static final class LeakSecret implements DialogStep {
        @Override
        public String id() {
            return "leak-secret";
        }

        @Override
        public Set<String> outcomes() {
            return Set.of("ok");
        }

        @Override
        public java.util.concurrent.CompletableFuture<StepResult> handle(StepContext context, DialogInput input) {
            return new StepResult("ok", List.of(), Map.of("kept", ((DialogInput.Secret) input).value())).now();
        }
    }
}

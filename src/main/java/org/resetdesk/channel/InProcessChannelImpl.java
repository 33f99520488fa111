package org.resetdesk.channel;

import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

@Component
class InProcessChannelImpl implements InProcessChannel {

    private final ActivityProcessor processor;

    InProcessChannelImpl(ActivityProcessor processor) {
        this.processor = processor;
    }

    @Override
    public CompletableFuture<Answer> deliver(String activityJson) {
        return processor.inProcess(activityJson)
                .thenApply(response -> new Answer(response.status(), response.bodyText(), response.secretInput()));
    }
}

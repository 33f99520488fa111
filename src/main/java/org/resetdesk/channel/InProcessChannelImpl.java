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
    public CompletableFuture<Answer> deliver(String activityJson, String serviceUrl) {
        return processor.inProcess(activityJson, () -> serviceUrl)
                .thenApply(response -> new Answer(response.status(), response.body()));
    }
}

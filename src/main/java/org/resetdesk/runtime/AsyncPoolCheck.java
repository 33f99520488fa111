package org.resetdesk.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Warns at the start when the default executor starts a thread per task (see {@link AsyncPool}). */
@Component
class AsyncPoolCheck implements ApplicationListener<ApplicationStartedEvent> {

    private static final Logger log = LoggerFactory.getLogger(AsyncPoolCheck.class);

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        if (!AsyncPool.shared()) {
            log.warn("The JVM's common pool has a single thread, so every Graph, mail and gateway response starts a new"
                    + " thread; start the JVM with -D{}=2", AsyncPool.PARALLELISM);
        }
    }
}

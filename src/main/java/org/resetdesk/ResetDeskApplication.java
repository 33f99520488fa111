package org.resetdesk;

import java.time.Clock;

import org.resetdesk.runtime.AsyncPool;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** ResetDesk: self-service password reset and helpdesk bot. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ResetDeskApplication {

    public static void main(String[] args) {
        AsyncPool.share(); // before anything uses the common pool
        SpringApplication.run(ResetDeskApplication.class, args);
    }

    /** The one clock of the application; tests replace it to move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

package org.resetdesk.enrollment;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.resetdesk.crypto.SecretCipher;
import org.resetdesk.crypto.SecretFile;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registrations in the application's database, whatever the directory. Outside demo mode the start refuses to run
 * without {@code resetdesk.store.encryption-key}: a generated key kept beside the data would protect nothing a copy
 * of the disk does not also hold.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
class EnrollmentConfiguration {

    /** Database calls in flight or waiting at most; beyond that a call fails at once instead of queueing turns. */
    private static final int QUEUED = 1_000;
    private static final int THREADS = 4;

    @Bean
    SecretCipher storeCipher(StoreProperties properties, Environment environment) {
        if (!properties.hasKey()) {
            String directory = environment.getProperty("resetdesk.directory.type", "demo");
            if (!"demo".equalsIgnoreCase(directory.strip())) {
                throw new IllegalStateException("resetdesk.store.encryption-key is not set, but resetdesk.directory"
                        + ".type is " + directory + ": set it to 32 random bytes in base64 (openssl rand -base64 32),"
                        + " the key that encrypts authenticator app secrets in the store");
            }
            return new SecretCipher(SecretFile.readOrCreate(properties.keyFile(), 32), decoded(properties));
        }
        return new SecretCipher(SecretCipher.decodeKey(properties.encryptionKey(), "resetdesk.store.encryption-key"),
                decoded(properties));
    }

    private static List<byte[]> decoded(StoreProperties properties) {
        return properties.previousKeys().stream()
                .map(key -> SecretCipher.decodeKey(key, "resetdesk.store.previous-keys")).toList();
    }

    /** Not an {@code Executor} bean of its own: that would take the place of Spring's task executor. */
    @Bean(destroyMethod = "close")
    JdbcEnrollmentStore enrollmentStore(JdbcClient jdbc, PlatformTransactionManager transactions,
            SecretCipher cipher, Clock clock) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUED), runnable -> {
                    Thread thread = new Thread(runnable, "enrollment-store-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return new JdbcEnrollmentStore(jdbc, new TransactionTemplate(transactions), cipher, clock, executor);
    }
}

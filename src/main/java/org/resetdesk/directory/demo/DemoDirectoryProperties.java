package org.resetdesk.directory.demo;

import java.nio.file.Path;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The demo directory.
 *
 * @param file             where the users live; created from the seed on first start, rewritten on every change
 * @param seed             classpath resource with the sample users
 * @param hashIterations   PBKDF2 iterations for stored password hashes (demo data only; tests and the benchmark
 *                         lower it so that hashing does not dominate what they measure)
 */
@Validated
@ConfigurationProperties("resetdesk.directory.demo")
public record DemoDirectoryProperties(
        @NotNull @DefaultValue("data/demo-directory.yaml") Path file,
        @NotBlank @DefaultValue("demo/directory.yaml") String seed,
        @Min(100) @DefaultValue("210000") int hashIterations) {
}

package org.resetdesk.bench;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Keeps test-only classes out of ResetDesk's component scan when it is started from the test classpath: the
 * benchmark's own echo bot (its controller would take {@code /api/messages}) and {@code @TestConfiguration} classes
 * (a test clock). {@code @SpringBootApplication} consults every {@link TypeExcludeFilter} bean in the context.
 */
final class BenchExcludeFilter extends TypeExcludeFilter {

    private static final String BENCH_PACKAGE = BenchExcludeFilter.class.getPackageName() + ".";

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
        return reader.getClassMetadata().getClassName().startsWith(BENCH_PACKAGE)
                || reader.getAnnotationMetadata().isAnnotated(TestConfiguration.class.getName());
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}

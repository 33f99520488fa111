package org.resetdesk.audit;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The audit store on H2, the embedded default. */
class H2AuditStoreTest extends AuditStoreContract {

    /** A store on a database without its tables: every call fails. */
    AuditStore brokenStore() {
        return new JdbcAuditStore(org.springframework.jdbc.core.simple.JdbcClient.create(emptyDatabase()));
    }

    @Override
    DataSource emptyDatabase() {
        return new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:audit-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
}

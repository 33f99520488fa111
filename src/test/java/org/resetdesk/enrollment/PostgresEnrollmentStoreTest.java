package org.resetdesk.enrollment;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.resetdesk.store.PostgresServer;

/** The registrations store on a real PostgreSQL server, with the same migrations as H2. */
class PostgresEnrollmentStoreTest extends EnrollmentStoreContract {

    private static PostgresServer server;

    @BeforeAll
    static void startPostgres() throws Exception {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    DataSource emptyDatabase() throws Exception {
        return server.emptyDatabase();
    }
}

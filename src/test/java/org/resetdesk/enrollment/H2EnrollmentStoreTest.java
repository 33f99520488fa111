package org.resetdesk.enrollment;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The registrations store on H2, the embedded default. */
class H2EnrollmentStoreTest extends EnrollmentStoreContract {

    @Override
    DataSource emptyDatabase() {
        return new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:enrollments-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
}

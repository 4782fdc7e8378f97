package com.termboard.read;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Connections for the set-based report reads. Each statement they prepare is counted, so that a test can prove a
 * report runs a bounded number of statements whatever the number of terms (Hibernate's statistics do not see these).
 */
@ApplicationScoped
public class Jdbc {

    private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

    private final AtomicLong statements = new AtomicLong();

    @Inject
    AgroalDataSource db;

    public Connection connection() throws SQLException {
        Connection real = db.getConnection();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (STATEMENT_METHODS.contains(method.getName())) {
                        statements.incrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Statements prepared through {@link #connection()} since the start. */
    public long statements() {
        return statements.get();
    }
}

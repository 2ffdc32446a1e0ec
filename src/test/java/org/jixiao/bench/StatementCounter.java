package org.jixiao.bench;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the SQL statements a data source executes (each row of a JDBC batch counts once), so the benchmark can
 * say how many statements one project's year costs in the application and on the bare engine. Counts only while
 * switched on: the proxies cost time the timed runs should not pay.
 */
final class StatementCounter extends DelegatingDataSource {

    private final AtomicLong executed = new AtomicLong();
    private volatile boolean counting;

    StatementCounter(DataSource target) {
        super(target);
    }

    long executed() {
        return executed.get();
    }

    /** Runs the work with counting switched on and returns how many statements it executed. */
    long count(Runnable work) {
        counting = true;
        long before = executed.get();
        try {
            work.run();
        } finally {
            counting = false;
        }
        return executed.get() - before;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return counting(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return counting(super.getConnection(username, password));
    }

    private Connection counting(Connection connection) {
        if (!counting) {
            return connection;
        }
        return proxy(Connection.class, connection, (method, result) -> result instanceof Statement statement
                ? proxy(statementInterface(statement), statement, this::countExecution) : result);
    }

    private Object countExecution(Method method, Object result) {
        String name = method.getName();
        if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
            executed.addAndGet(result instanceof int[] rows ? rows.length : ((long[]) result).length);
        } else if (name.startsWith("execute")) {
            executed.incrementAndGet();
        }
        return result;
    }

    private static Class<?> statementInterface(Statement statement) {
        if (statement instanceof java.sql.CallableStatement) {
            return java.sql.CallableStatement.class;
        }
        return statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
    }

    @FunctionalInterface
    private interface AfterCall {
        Object apply(Method method, Object result);
    }

    private static <T> T proxy(Class<T> type, Object target, AfterCall after) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return method.invoke(target, args);
            }
            try {
                return after.apply(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[]{type}, handler));
    }
}

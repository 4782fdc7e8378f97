package com.termboard.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A statement with named parameters ({@code :now}), which may repeat; JDBC itself only numbers them. */
final class Sql {

    private static final Pattern PARAMETER = Pattern.compile(":([a-zA-Z]+)");

    private final String text;
    private final Map<String, Object> values = new HashMap<>();

    Sql(String text) {
        this.text = text;
    }

    Sql bind(String name, Object value) {
        values.put(name, value);
        return this;
    }

    PreparedStatement prepare(Connection c) throws SQLException {
        List<Object> order = new ArrayList<>();
        Matcher m = PARAMETER.matcher(text);
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            if (!values.containsKey(m.group(1))) {
                throw new IllegalArgumentException("Unbound parameter :" + m.group(1));
            }
            order.add(values.get(m.group(1)));
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        PreparedStatement s = c.prepareStatement(jdbc.toString());
        for (int i = 0; i < order.size(); i++) {
            s.setObject(i + 1, order.get(i));
        }
        return s;
    }
}

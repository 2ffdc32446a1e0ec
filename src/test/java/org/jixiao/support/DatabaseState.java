package org.jixiao.support;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Row counts and sums of versions that any write of the application changes: taken before and after a refused
 * request, they prove it wrote nothing.
 */
public final class DatabaseState {

    private static final List<String> QUERIES = List.of(
            "select count(*) from project", "select coalesce(sum(version), 0) from project",
            "select count(*) from project_history", "select count(*) from stage_opening",
            "select count(*) from target_declaration", "select coalesce(sum(version), 0) from target_declaration",
            "select count(*) from monitoring_form", "select coalesce(sum(version), 0) from monitoring_form",
            "select count(*) from self_evaluation", "select coalesce(sum(version), 0) from self_evaluation",
            "select count(*) from target_version", "select count(*) from publication",
            "select count(*) from notification", "select count(read_at) from notification",
            "select count(*) from app_user", "select count(*) from app_user where enabled = true",
            "select count(*) from act_ru_task", "select count(assignee_) from act_ru_task",
            "select count(*) from act_hi_taskinst",
            "select count(*) from indicator_library", "select coalesce(sum(version), 0) from indicator_library",
            "select count(*) from quality_finding", "select count(*) from declaration_grade");

    private DatabaseState() {
    }

    public static Map<String, Long> of(JdbcTemplate jdbc) {
        Map<String, Long> state = new LinkedHashMap<>();
        QUERIES.forEach(sql -> state.put(sql, jdbc.queryForObject(sql, Long.class)));
        return state;
    }

    /** What changed between two states, or an empty string. */
    public static String difference(Map<String, Long> before, Map<String, Long> after) {
        List<String> changed = new ArrayList<>();
        before.forEach((k, v) -> {
            if (!v.equals(after.get(k))) {
                changed.add(k + ": " + v + " → " + after.get(k));
            }
        });
        return String.join("; ", changed);
    }
}

package org.jixiao.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fixed level-1 → level-2 pairs of the indicator tree (domain.md), in the order of the official tables. */
public final class IndicatorTree {

    public static final String OUTPUT = "产出指标";
    public static final String EFFECT = "效益指标";
    public static final String SATISFACTION = "满意度指标";

    public static final Map<String, List<String>> LEVELS = levels();

    private IndicatorTree() {
    }

    private static Map<String, List<String>> levels() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(OUTPUT, List.of("数量指标", "质量指标", "时效指标", "成本指标"));
        m.put(EFFECT, List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"));
        m.put(SATISFACTION, List.of("服务对象满意度指标"));
        return java.util.Collections.unmodifiableMap(m);
    }

    public static boolean isValidPair(String level1, String level2) {
        List<String> level2s = level1 == null ? null : LEVELS.get(level1.strip());
        return level2s != null && level2 != null && level2s.contains(level2.strip());
    }
}

package org.jixiao.project;

import java.util.Arrays;
import java.util.Optional;

public enum ProjectCategory {
    RECURRING("经常性项目"),
    ONE_OFF("一次性项目"),
    MULTI_YEAR("跨年度项目");

    private final String label;

    ProjectCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ProjectCategory> fromLabel(String label) {
        return Arrays.stream(values()).filter(c -> c.label.equals(label)).findFirst();
    }
}

package org.jixiao.project;

/** Where a project stands in its year: a form stage, or waiting for finance to open the next one. */
public enum Stage {
    DECLARATION("绩效目标申报", true),
    WAITING_MONITORING("待开启运行监控", false),
    MONITORING("绩效运行监控", true),
    WAITING_SELF_EVALUATION("待开启绩效自评", false),
    SELF_EVALUATION("绩效自评", true),
    WAITING_PUBLICATION("待信息公开", false),
    PUBLISHED("已公开", false),
    REJECTED("目标未通过", false);

    private final String label;
    private final boolean formStage;

    Stage(String label, boolean formStage) {
        this.label = label;
        this.formStage = formStage;
    }

    public String label() {
        return label;
    }

    /** True for the three stages in which a unit fills a form that is then reviewed. */
    public boolean isFormStage() {
        return formStage;
    }
}

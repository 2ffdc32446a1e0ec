package org.jixiao.excel;

/**
 * Answers what a project list is checked against: whether the departments and units it names exist, and
 * whether the year already has a project of that unit and name. Supplied by the caller (backed by the
 * database) so this package stays free of persistence.
 */
public interface ProjectListLookup {

    boolean departmentExists(String department);

    boolean unitBelongs(String unit, String department);

    /** True when the unit already has a project of this name in the year being imported. */
    default boolean projectExists(String unit, String projectName) {
        return false;
    }

    /** Accepts every name and knows no projects; for previews and tests that do not check organisations. */
    ProjectListLookup ANY = new ProjectListLookup() {
        @Override
        public boolean departmentExists(String department) {
            return true;
        }

        @Override
        public boolean unitBelongs(String unit, String department) {
            return true;
        }
    };
}

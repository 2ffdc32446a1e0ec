package org.jixiao.excel;

/**
 * Answers whether the departments and units named in an upload exist; supplied by the caller
 * (backed by the organisation tables) so this package stays free of persistence.
 */
public interface OrganisationLookup {

    boolean departmentExists(String department);

    boolean unitBelongs(String unit, String department);

    /** Accepts every name; for previews and tests that do not check organisations. */
    OrganisationLookup ANY = new OrganisationLookup() {
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

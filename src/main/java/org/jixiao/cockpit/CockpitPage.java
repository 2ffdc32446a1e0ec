package org.jixiao.cockpit;

import java.util.List;

/** A page of the drill-down list. */
public record CockpitPage(List<CockpitProject> items, int page, int size, long total) {

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}

package org.jixiao.scoring;

/** Malformed input at a JSON path such as {@code indicators[2].weight}; the API answers 400 with these. */
public record FieldProblem(String path, String message) {
}

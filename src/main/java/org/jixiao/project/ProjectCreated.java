package org.jixiao.project;

/** Published inside the creating transaction; the workflow starts the project's lifecycle process on it. */
public record ProjectCreated(Long projectId) {
}

package org.jixiao.common;

/** Someone else changed or completed the same thing first (HTTP 409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}

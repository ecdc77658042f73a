package org.marsad.ingest.repository;

import java.sql.SQLException;

/** A database operation failed; unchecked because no caller can do better than fail the request or poll. */
public class RepositoryException extends RuntimeException {

    public RepositoryException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}

package org.marsad.store.repository;

import java.sql.SQLException;

/** A database operation failed; the cause is the driver's SQLException, with its SQL state. */
public class DataAccessException extends RuntimeException {

    public DataAccessException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}

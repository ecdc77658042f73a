package org.marsad.gateway.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every error the gateway itself produces (upstream errors pass through in the same shape). */
@Schema(name = "Error", description = "What went wrong: a stable code for programs, a sentence for people.")
public record ApiError(
        @Schema(examples = "invalid_parameter") String error,
        @Schema(examples = "limit must be a whole number from 1 to 100") String message) {
}

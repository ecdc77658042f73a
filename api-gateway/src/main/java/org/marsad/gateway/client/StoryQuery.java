package org.marsad.gateway.client;

/**
 * A listing of stories as store-service takes it; every field is optional (null = not given) and already
 * validated by the caller.
 */
public record StoryQuery(String since, String until, String entity, String outlet, Integer limit, String cursor) {
}

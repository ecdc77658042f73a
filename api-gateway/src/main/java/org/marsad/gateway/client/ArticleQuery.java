package org.marsad.gateway.client;

/**
 * A search over stored articles as store-service takes it; every field is optional (null = not given) and
 * already validated by the caller.
 */
public record ArticleQuery(String q, String language, String outlet, String entity, String feed,
                           String story, String since, String until, Integer limit, String cursor) {
}

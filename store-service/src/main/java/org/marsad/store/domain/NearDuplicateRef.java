package org.marsad.store.domain;

/** A near-duplicate of an article (a wire copy or light edit): its id, outlet, title and Hamming distance. */
public record NearDuplicateRef(String id, String outlet, String title, int distance) {
}

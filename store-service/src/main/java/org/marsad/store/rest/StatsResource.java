package org.marsad.store.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.marsad.store.domain.StoreStats;
import org.marsad.store.repository.StatsRepository;

/** {@code /stats}: how much the store holds. */
@Path("/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    private final StatsRepository stats;

    public StatsResource(StatsRepository stats) {
        this.stats = stats;
    }

    @GET
    public StoreStats get() {
        return stats.stats();
    }
}

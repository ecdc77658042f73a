package org.marsad.nlp.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.marsad.nlp.core.EnrichmentPipeline;

/** Makes the framework-free NLP pipeline a CDI bean: built once, shared by all worker threads. */
@ApplicationScoped
public class PipelineProducer {

    @Produces
    @Singleton
    EnrichmentPipeline pipeline() {
        return new EnrichmentPipeline();
    }
}

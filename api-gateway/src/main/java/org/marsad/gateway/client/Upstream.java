package org.marsad.gateway.client;

/** The internal services the gateway calls, by the name used in error messages and health reports. */
public enum Upstream {
    INGEST("ingest-service"),
    STORE("store-service");

    private final String serviceName;

    Upstream(String serviceName) {
        this.serviceName = serviceName;
    }

    public String serviceName() {
        return serviceName;
    }
}

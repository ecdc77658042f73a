package org.marsad.gateway.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The public API as a whole: its title in the OpenAPI document and how write access is proven. */
@OpenAPIDefinition(info = @Info(title = "Marsad API", version = "v1",
        description = "Streaming news observatory, Arabic-first and multilingual: submit articles, search what "
                + "was stored and enriched, follow entities and feeds, and watch articles arrive live."))
@SecurityScheme(securitySchemeName = MarsadApi.API_KEY, type = SecuritySchemeType.APIKEY,
        apiKeyName = "X-API-Key", in = SecuritySchemeIn.HEADER,
        description = "Needed for POST and DELETE when the gateway has keys configured; "
                + "'Authorization: Bearer <key>' works too.")
public class MarsadApi extends Application {

    /** Name of the security scheme that write operations require. */
    public static final String API_KEY = "apiKey";
}

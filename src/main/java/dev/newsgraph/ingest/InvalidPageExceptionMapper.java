package dev.newsgraph.ingest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;

/** REST answer to a page that cannot be ingested: 400 with the same code the GraphQL API uses. */
public class InvalidPageExceptionMapper {

    @ServerExceptionMapper
    public Response map(InvalidPageException e) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("code", "BAD_USER_INPUT", "message", e.getMessage())).build();
    }
}

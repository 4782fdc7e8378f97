package com.termboard.metric;

import com.termboard.metric.MetricService.MetricRequest;
import com.termboard.user.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** {@code /api/metrics}: anyone reads the KPI library; admins add to it. */
@Path("/api/metrics")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MetricApi {

    @Inject
    MetricService metrics;

    @GET
    public List<MetricView> list() {
        return Metric.allByCode().stream().map(MetricView::of).toList();
    }

    @POST
    @RolesAllowed(Role.ADMIN_)
    public Response create(MetricRequest in) {
        Metric m = metrics.create(in == null ? new MetricRequest(null, null, null, null, null, null) : in);
        return Response.created(URI.create("/api/metrics/" + m.id)).entity(MetricView.of(m)).build();
    }
}

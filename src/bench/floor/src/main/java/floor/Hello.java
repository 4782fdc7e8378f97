package floor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/")
public class Hello {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance hello(long accounts);
    }

    @GET
    public TemplateInstance hello() {
        return Templates.hello(Account.count());
    }
}

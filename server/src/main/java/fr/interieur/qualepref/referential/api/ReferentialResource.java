package fr.interieur.qualepref.referential.api;

import fr.interieur.qualepref.platform.errors.InvalidRequest;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.referential.api.ReferentialViews.CommitmentSummary;
import fr.interieur.qualepref.referential.api.ReferentialViews.CommitmentView;
import fr.interieur.qualepref.referential.api.ReferentialViews.GlossaryView;
import fr.interieur.qualepref.referential.api.ReferentialViews.ModuleSelectionCheckView;
import fr.interieur.qualepref.referential.api.ReferentialViews.ModuleView;
import fr.interieur.qualepref.referential.api.ReferentialViews.RequirementView;
import fr.interieur.qualepref.referential.api.ReferentialViews.VersionView;
import fr.interieur.qualepref.referential.api.ReferentialViews.ViolationView;
import fr.interieur.qualepref.referential.application.ReferentialCatalog;
import fr.interieur.qualepref.referential.domain.ReferentialVersion;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The référentiel, read-only. It is the public text of the Ministry: every caller may read it. {@code latest} works
 * wherever a version is expected.
 */
@Path("/referential")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@PermitAll
@Tag(name = "Référentiel", description = "The référentiel Qual-e-pref as versioned data")
public class ReferentialResource {

    @Inject
    ReferentialCatalog catalog;

    @GET
    @Operation(summary = "The imported référentiel versions, newest first")
    public List<VersionView> versions() {
        List<ReferentialVersion> versions = catalog.versions();
        return versions.stream().map(v -> VersionView.of(v, v == versions.get(0))).toList();
    }

    @GET
    @Path("/{version}")
    @Operation(summary = "One référentiel version")
    public VersionView version(@PathParam("version") String version) {
        ReferentialVersion v = catalog.version(version);
        return VersionView.of(v, v.code().equals(catalog.version(ReferentialCatalog.LATEST).code()));
    }

    @GET
    @Path("/{version}/modules")
    @Operation(summary = "The modules with their number of commitments (II.1, II.2)")
    public List<ModuleView> modules(@PathParam("version") String version) {
        ReferentialVersion v = catalog.version(version);
        Map<Integer, Long> counts = catalog.commitmentCounts(v);
        return catalog.modules(v).stream().map(m -> ModuleView.of(m, counts.getOrDefault(m.number(), 0L))).toList();
    }

    @GET
    @Path("/{version}/commitments")
    @Operation(summary = "The commitments (chapter III), optionally of one module")
    public List<CommitmentSummary> commitments(@PathParam("version") String version,
                                               @QueryParam("module") String module) {
        return catalog.commitments(catalog.version(version), parseModule(module)).stream()
                .map(CommitmentSummary::of).toList();
    }

    @GET
    @Path("/{version}/commitments/{number}")
    @Operation(summary = "One commitment with its items, control methods and indicators")
    public CommitmentView commitment(@PathParam("version") String version, @PathParam("number") String number) {
        ReferentialVersion v = catalog.version(version);
        if (!number.matches("[0-9]{1,4}")) {
            throw new NotFound("No commitment '" + number + "' in référentiel "
                    + v.code() + "; commitments are numbered.");
        }
        return CommitmentView.of(catalog.commitment(v, Integer.parseInt(number)));
    }

    @GET
    @Path("/{version}/requirements")
    @Operation(summary = "The organisational requirements of chapters IV and V")
    public List<RequirementView> requirements(@PathParam("version") String version) {
        return catalog.requirements(catalog.version(version)).stream().map(RequirementView::of).toList();
    }

    @GET
    @Path("/{version}/glossary")
    @Operation(summary = "The glossary of the référentiel")
    public List<GlossaryView> glossary(@PathParam("version") String version) {
        return catalog.glossary(catalog.version(version)).stream().map(GlossaryView::of).toList();
    }

    @POST
    @Path("/{version}/module-selection-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Checks a module selection against the rules of II.2 without changing anything")
    public ModuleSelectionCheckView checkModuleSelection(@PathParam("version") String version,
                                                         @Valid @NotNull(message = "a JSON body is required")
                                                         ModuleSelectionRequest request) {
        ReferentialVersion v = catalog.version(version);
        if (request.modules.contains(null)) {
            throw new InvalidRequest("modules must contain module numbers only, not null.");
        }
        List<ViolationView> violations = catalog.checkModuleSelection(v, request.siteType, request.hasCert,
                new HashSet<>(request.modules)).stream().map(ViolationView::of).toList();
        return new ModuleSelectionCheckView(v.code(), violations.isEmpty(), violations);
    }

    private static Optional<Integer> parseModule(String module) {
        if (module == null || module.isBlank()) {
            return Optional.empty();
        }
        if (!module.strip().matches("[0-9]{1,3}")) {
            throw new InvalidRequest("Query parameter module must be a module number, not '" + module + "'.");
        }
        return Optional.of(Integer.parseInt(module.strip()));
    }
}

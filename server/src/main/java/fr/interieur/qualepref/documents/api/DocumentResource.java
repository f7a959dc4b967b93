package fr.interieur.qualepref.documents.api;

import fr.interieur.qualepref.documents.api.DocumentViews.DocumentView;
import fr.interieur.qualepref.documents.api.DocumentViews.SearchView;
import fr.interieur.qualepref.documents.api.DocumentViews.VersionView;
import fr.interieur.qualepref.documents.application.DocumentService;
import fr.interieur.qualepref.documents.application.DocumentUploads;
import fr.interieur.qualepref.documents.application.EvidenceSearch;
import fr.interieur.qualepref.documents.domain.ContentStore;
import fr.interieur.qualepref.documents.domain.DocumentKind;
import fr.interieur.qualepref.documents.domain.DocumentVersion;
import fr.interieur.qualepref.documents.domain.EvidenceReference;
import fr.interieur.qualepref.documents.domain.UnacceptableFile;
import fr.interieur.qualepref.documents.domain.UploadedFile;
import fr.interieur.qualepref.platform.errors.InvalidRequest;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.platform.tenancy.TenantContext;
import fr.interieur.qualepref.security.application.CallerContext;
import fr.interieur.qualepref.security.domain.Caller;
import fr.interieur.qualepref.security.domain.Role;
import fr.interieur.qualepref.security.domain.Roles;
import fr.interieur.qualepref.sites.application.SiteService;
import fr.interieur.qualepref.sites.domain.Site;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A site's documentary system (IV.2): upload (multipart: a "metadata" JSON part and a "file" part), records without a
 * file (JSON), versions, downloads with the SHA-256 in {@code Repr-Digest}, the list of records, review reminders and
 * the search of the site's documents. The staff of the site and the auditors granted on it read; the staff write; a
 * regional pilot or the DMAT without such a grant sees no document content (403), another site answers 404.
 */
@Path("/sites/{code}/documents")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Documents", description = "Documentary system and evidence search (IV.2)")
public class DocumentResource {

    private static final Jsonb JSONB = JsonbBuilder.create();
    static final String READERS_DOC = "the site's staff and its auditors";

    @Inject
    SiteService sites;

    @Inject
    DocumentService documents;

    @Inject
    DocumentUploads uploads;

    @Inject
    EvidenceSearch search;

    @Inject
    CallerContext callers;

    @Inject
    TenantContext tenant;

    @Inject
    ContentStore store;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Uploads a document: a 'metadata' part (JSON) and a 'file' part; 413 beyond the size limit, "
            + "415 for an archive or a type not accepted")
    public Response upload(@PathParam("code") String code, List<EntityPart> parts) {
        Site site = writable(code);
        DocumentRequest request = metadata(parts);
        UploadedFile file = part(parts, "file").map(this::receive).orElse(null);
        var document = documents.create(site, request.toMetadata(), file);
        return Response.created(UriBuilder.fromResource(DocumentResource.class).path("{id}")
                        .build(site.code(), document.id()))
                .entity(DocumentView.of(document, documents.versions(document.id()))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Creates a record without a file (its note is its text)")
    public Response record(@PathParam("code") String code, DocumentRequest request) {
        Site site = writable(code);
        if (request == null) {
            throw new InvalidRequest("A JSON body is required.");
        }
        var document = documents.create(site, request.toMetadata(), null);
        return Response.created(UriBuilder.fromResource(DocumentResource.class).path("{id}")
                .build(site.code(), document.id())).entity(DocumentView.of(document, List.of())).build();
    }

    @GET
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR, Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT})
    @Operation(summary = "The list of documents and records (IV.2), by kind or by the reference they prove; "
            + "withdrawn ones with withdrawn=true")
    public List<DocumentView> list(@PathParam("code") String code, @QueryParam("kind") String kind,
                                   @QueryParam("reference") String reference,
                                   @QueryParam("withdrawn") String withdrawn) {
        readable(code);
        String ref = reference == null || reference.isBlank() ? null : reference(reference);
        if (withdrawn != null && !List.of("true", "false").contains(withdrawn)) {
            throw new InvalidRequest("withdrawn must be true or false, not '" + withdrawn + "'.");
        }
        return documents.list(kind(kind), ref, "true".equals(withdrawn)).stream().map(d -> DocumentView.of(d, null))
                .toList();
    }

    @GET
    @Path("/review-due")
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR, Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT})
    @Operation(summary = "Documents whose review date has passed or falls within the given number of days")
    public List<DocumentView> reviewDue(@PathParam("code") String code, @QueryParam("days") String days) {
        readable(code);
        int within = days == null || days.isBlank() ? 30 : number("days", days, 3650);
        return documents.reviewDue(within).stream().map(d -> DocumentView.of(d, null)).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR, Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT})
    @Operation(summary = "A document with its versions")
    public DocumentView show(@PathParam("code") String code, @PathParam("id") String id) {
        readable(code);
        long documentId = id(id);
        return DocumentView.of(documents.get(documentId), documents.versions(documentId));
    }

    @POST
    @Path("/{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Adds a new version of a document's file (a 'file' part); the old versions stay readable")
    public Response addVersion(@PathParam("code") String code, @PathParam("id") String id, List<EntityPart> parts) {
        Site site = writable(code);
        long documentId = id(id);
        documents.get(documentId);
        UploadedFile file = receive(part(parts, "file").orElseThrow(() -> new InvalidRequest(
                "A 'file' part is required.")));
        DocumentVersion v = documents.addVersion(documentId, file);
        return Response.created(UriBuilder.fromResource(DocumentResource.class).path("{id}/versions/{v}/content")
                .build(site.code(), documentId, v.version())).entity(VersionView.of(v)).build();
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.QUALITY_REFERENT)
    @Operation(summary = "Withdraws a document (never destroyed: it leaves the search and the default lists, stays "
            + "readable for audits); {\"reason\": \"…\"}; 409 if already withdrawn")
    public DocumentView withdraw(@PathParam("code") String code, @PathParam("id") String id,
                                 WithdrawalRequest request) {
        Site site = sites.visible(code);
        if (!callers.required().hasRoleOnSite(Role.QUALITY_REFERENT, site.id())) {
            throw new ForbiddenException("Only the site's référent qualité withdraws a document.");
        }
        tenant.enter(site.id());
        long documentId = id(id);
        var document = documents.withdraw(documentId, request == null ? null : request.reason);
        return DocumentView.of(document, documents.versions(documentId));
    }

    @GET
    @Path("/{id}/versions/{version}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR, Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT})
    @Operation(summary = "The exact bytes of a version, with their SHA-256 in Repr-Digest and X-Content-SHA256")
    public Response download(@PathParam("code") String code, @PathParam("id") String id,
                             @PathParam("version") String version) {
        readable(code);
        DocumentVersion v = documents.download(id(id), number("version", version, 100_000));
        java.nio.file.Path file = store.file(v.sha256()).orElseThrow(() -> new NotFound(
                "The file of this version is missing from the store; the operators have to restore it."));
        StreamingOutput body = out -> Files.copy(file, out);
        byte[] digest = HexFormat.of().parseHex(v.sha256());
        return Response.ok(body, v.mediaType().startsWith("text/html") ? "application/octet-stream" : v.mediaType())
                .header("Content-Length", v.sizeBytes())
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(digest) + ":")
                .header("X-Content-SHA256", v.sha256())
                .header("ETag", "\"" + v.sha256() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(v.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    @GET
    @Path("/search")
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR, Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT})
    @Operation(summary = "Searches the site's documents: free text (phrases, AND/OR/NOT, prefix*), filters, facets, "
            + "highlighted snippets; bad syntax is a 400")
    public SearchView search(@PathParam("code") String code, @QueryParam("q") String q,
                             @QueryParam("kind") String kind, @QueryParam("reference") String reference,
                             @QueryParam("module") String module, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("sort") String sort,
                             @QueryParam("page") String page, @QueryParam("size") String size,
                             @QueryParam("facets") String facets) {
        Site site = readable(code);
        return SearchResource.run(search, Set.of(site.id()), Map.of(site.id(), site.code()), q, kind, reference,
                module, from, to, sort, page, size, facets);
    }

    /** The site, if the caller may read its documents: staff or auditor on it (404 if not visible, else 403). */
    private Site readable(String code) {
        Site site = sites.visible(code);
        Caller caller = callers.required();
        if (!EvidenceSearch.searchableSites(caller).contains(site.id())) {
            throw new ForbiddenException("Document content is open to " + READERS_DOC + " only.");
        }
        tenant.enter(site.id());
        return site;
    }

    private Site writable(String code) {
        Site site = sites.visible(code);
        Caller caller = callers.required();
        if (!caller.hasRoleOnSite(Role.QUALITY_REFERENT, site.id()) && !caller.hasRoleOnSite(Role.AGENT, site.id())) {
            throw new ForbiddenException("Only the site's référent qualité and agents add documents.");
        }
        tenant.enter(site.id());
        return site;
    }

    private UploadedFile receive(EntityPart part) {
        try (InputStream in = part.getContent()) {
            return uploads.receive(in, part.getFileName().orElse(null));
        } catch (ContentStore.TooLarge e) {
            throw new WebApplicationException(e.getMessage(), Response.status(413).build());
        } catch (UnacceptableFile e) {
            throw new WebApplicationException(e.getMessage(), Response.status(415).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DocumentRequest metadata(List<EntityPart> parts) {
        EntityPart part = part(parts, "metadata").orElseThrow(() -> new InvalidRequest(
                "A 'metadata' part (JSON: kind, title, references, dates, owner, confidentiality, note) is "
                        + "required."));
        try (InputStream in = part.getContent()) {
            DocumentRequest r = JSONB.fromJson(in, DocumentRequest.class);
            if (r == null) {
                throw new InvalidRequest("The 'metadata' part is empty.");
            }
            return r;
        } catch (JsonbException e) {
            throw new InvalidRequest("The 'metadata' part is not the expected JSON: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        if (parts == null) {
            return Optional.empty();
        }
        return parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    static DocumentKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return DocumentKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("kind must be REFERENCE, RECORD, TEMPLATE_REPLY or MINUTES, not '" + kind + "'.");
        }
    }

    static String reference(String text) {
        try {
            return EvidenceReference.parse(text).code();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(e.getMessage());
        }
    }

    static long id(String text) {
        if (text == null || !text.matches("[0-9]{1,18}")) {
            throw new InvalidRequest("'" + text + "' is not a document id.");
        }
        return Long.parseLong(text);
    }

    static int number(String name, String text, int max) {
        if (text == null || !text.strip().matches("[0-9]{1,7}") || Integer.parseInt(text.strip()) > max) {
            throw new InvalidRequest(name + " must be a number from 0 to " + max + ", not '" + text + "'.");
        }
        return Integer.parseInt(text.strip());
    }
}

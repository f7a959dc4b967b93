package fr.interieur.qualepref.sites.domain;

import fr.interieur.qualepref.referential.domain.ReferentialVersion;
import fr.interieur.qualepref.referential.domain.SiteType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;

/**
 * A site of the prefectoral network, and the tenant of its records. The registry row itself is national data kept by
 * the DMAT; who may see it is decided by {@code SiteAccess}.
 */
@Entity
@Table(name = "site")
public class Site {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private SiteType type;
    @Column(name = "department_code")
    private String departmentCode;
    private String region;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_site_id")
    private Site parent;
    @Column(name = "has_cert")
    private boolean hasCert;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "referential_version_id")
    private ReferentialVersion referentialVersion;
    private boolean engaged;
    private boolean active = true;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "contact_address")
    private String contactAddress;
    private String website;
    // A list of sites reads their modules in one IN query, not one query per site (the national reports list 330).
    @org.eclipse.persistence.annotations.BatchFetch(org.eclipse.persistence.annotations.BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "site_module", joinColumns = @JoinColumn(name = "site_id"))
    @Column(name = "module_number")
    private Set<Integer> modules = new TreeSet<>();
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Version
    @Column(name = "row_version")
    private int rowVersion;

    protected Site() {
    }

    public Site(SiteCode code, String name, SiteType type, String region, Site parent, boolean hasCert,
                ReferentialVersion referentialVersion, boolean engaged, Set<Integer> modules, Contact contact,
                OffsetDateTime now) {
        this.code = code.value();
        this.departmentCode = code.department();
        this.name = name;
        this.type = type;
        this.region = region;
        this.parent = parent;
        this.hasCert = hasCert;
        this.referentialVersion = referentialVersion;
        this.engaged = engaged;
        this.modules = new TreeSet<>(modules);
        contact(contact);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public SiteType type() {
        return type;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public String region() {
        return region;
    }

    public Site parent() {
        return parent;
    }

    public boolean hasCert() {
        return hasCert;
    }

    public ReferentialVersion referentialVersion() {
        return referentialVersion;
    }

    public boolean engaged() {
        return engaged;
    }

    public boolean active() {
        return active;
    }

    public Set<Integer> modules() {
        return Set.copyOf(modules);
    }

    public Contact contact() {
        return new Contact(contactEmail, contactPhone, contactAddress, website);
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    /** Changes what the DMAT may change once the site exists; the rules are checked before, by the service. */
    public void update(String newName, String newRegion, boolean cert, boolean isEngaged, Set<Integer> newModules,
                       Contact newContact, OffsetDateTime now) {
        this.name = newName;
        this.region = newRegion;
        this.hasCert = cert;
        this.engaged = isEngaged;
        this.modules = new TreeSet<>(newModules);
        contact(newContact);
        this.updatedAt = now;
    }

    /** Never a hard delete: a site with records is deactivated and keeps them. */
    public void deactivate(OffsetDateTime now) {
        this.active = false;
        this.updatedAt = now;
    }

    private void contact(Contact c) {
        this.contactEmail = c.email();
        this.contactPhone = c.phone();
        this.contactAddress = c.address();
        this.website = c.website();
    }

    /** A one-line summary for the audit trail. */
    public String summary() {
        return "code=" + code + ", name=" + name + ", type=" + type + ", region=" + region + ", cert=" + hasCert
                + ", engaged=" + engaged + ", active=" + active + ", modules=" + new TreeSet<>(modules);
    }
}

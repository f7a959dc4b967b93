package fr.interieur.qualepref.cli.sites;

import static fr.interieur.qualepref.cli.output.Column.field;

import fr.interieur.qualepref.cli.output.Column;
import java.util.List;

/** The columns of a site in table and CSV outputs: the field names of the server's SiteView. */
final class SiteColumns {

    static final List<Column> LIST = List.of(field("code"), field("name"), field("type"), field("region"),
            field("parent"), field("hasCert"), field("engaged"), field("active"), field("modules"));

    static final List<Column> ONE = List.of(field("code"), field("name"), field("type"), field("departmentCode"),
            field("region"), field("parent"), field("hasCert"), field("engaged"), field("active"),
            field("referentialVersion"), field("modules"),
            new Column("email", s -> Column.text(s.path("contact").path("email"))),
            new Column("phone", s -> Column.text(s.path("contact").path("phone"))),
            new Column("address", s -> Column.text(s.path("contact").path("address"))),
            new Column("website", s -> Column.text(s.path("contact").path("website"))),
            field("updatedAt"));

    private SiteColumns() {
    }
}

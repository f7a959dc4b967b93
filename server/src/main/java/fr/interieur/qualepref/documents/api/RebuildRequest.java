package fr.interieur.qualepref.documents.api;

/** Which documents an index rebuild covers: one site's ({@code site}: its code), or every site's (empty body). */
public class RebuildRequest {

    public String site;
}

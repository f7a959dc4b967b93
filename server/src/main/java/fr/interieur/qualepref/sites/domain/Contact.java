package fr.interieur.qualepref.sites.domain;

/** The contact details a site shows its users; every part is optional. */
public record Contact(String email, String phone, String address, String website) {

    public static final Contact NONE = new Contact(null, null, null, null);
}

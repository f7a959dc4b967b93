package fr.interieur.qualepref.sites.api;

import fr.interieur.qualepref.sites.domain.Contact;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** Contact details shown to users. */
public class ContactRequest {

    @Email(message = "must be an e-mail address")
    @Size(max = 200, message = "must have at most 200 characters")
    public String email;

    @Size(max = 40, message = "must have at most 40 characters")
    public String phone;

    @Size(max = 400, message = "must have at most 400 characters")
    public String address;

    @Size(max = 400, message = "must have at most 400 characters")
    public String website;

    static Contact toContact(ContactRequest c) {
        return c == null ? Contact.NONE : new Contact(c.email, c.phone, c.address, c.website);
    }
}

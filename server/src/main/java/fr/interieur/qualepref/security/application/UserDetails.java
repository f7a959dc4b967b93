package fr.interieur.qualepref.security.application;

import fr.interieur.qualepref.security.domain.Grant;
import fr.interieur.qualepref.security.domain.User;
import java.util.List;

/**
 * A user with the grants it holds, sites named by their code (what clients know), for the REST layer to show.
 *
 * @param user   the user
 * @param grants its grants
 */
public record UserDetails(User user, List<GrantDetails> grants) {

    public UserDetails {
        grants = List.copyOf(grants);
    }

    /** A grant, and the code of its site when it has one. */
    public record GrantDetails(Grant grant, String siteCode) {
    }
}

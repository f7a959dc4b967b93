package fr.interieur.qualepref.testing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.testing.Api.Reply;

/**
 * Users for the API tests, made through the API itself: the first DMAT administrator (created from configuration on
 * the empty database, password from failsafe's QUALEPREF_BOOTSTRAP_ADMIN_PASSWORD), then users with grants.
 */
public final class Accounts {

    public static final String ADMIN_LOGIN = "dmat-admin";
    public static final String PASSWORD = "correct horse battery staple";

    private Accounts() {
    }

    public static String adminToken(Api api) {
        return token(api, ADMIN_LOGIN, System.getProperty("qualepref.it.admin.password"));
    }

    public static String token(Api api, String login, String password) {
        Reply r = api.post("auth/token", "application/json",
                "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.object().getString("access_token");
    }

    /** Creates {@code login} (if needed) with one grant, and returns a token for it. */
    public static String userWith(Api admin, String login, String role, String site, String region) {
        Reply created = admin.post("users", "application/json", "{\"login\":\"" + login + "\",\"displayName\":\""
                + login + "\",\"email\":\"" + login + "@interieur.gouv.fr\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(created.status()).as(created.toString()).isIn(201, 409);
        String grant = "{\"role\":\"" + role + "\"" + (site == null ? "" : ",\"site\":\"" + site + "\"")
                + (region == null ? "" : ",\"region\":\"" + region + "\"") + "}";
        Reply granted = admin.post("users/" + login + "/grants", "application/json", grant);
        assertThat(granted.status()).as(granted.toString()).isIn(200, 201, 409);
        return token(admin.as(null), login, PASSWORD);
    }
}

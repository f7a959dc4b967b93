package fr.interieur.qualepref.cli.users;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

final class UserPaths {

    private UserPaths() {
    }

    static String user(String login) {
        return "/users/" + encode(login);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

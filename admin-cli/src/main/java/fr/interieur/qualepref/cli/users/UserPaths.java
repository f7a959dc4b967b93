package fr.interieur.qualepref.cli.users;

import fr.interieur.qualepref.cli.connection.UrlParts;

final class UserPaths {

    private UserPaths() {
    }

    static String user(String login) {
        return "/users/" + encode(login);
    }

    static String encode(String value) {
        return UrlParts.encode(value);
    }
}

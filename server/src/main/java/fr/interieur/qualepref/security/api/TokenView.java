package fr.interieur.qualepref.security.api;

import fr.interieur.qualepref.security.application.TokenPair;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The OAuth 2.0 token response shape (RFC 6749 §5.1), which clients and libraries already know. */
@JsonbPropertyOrder({"access_token", "token_type", "expires_in", "refresh_token"})
public class TokenView {

    @JsonbProperty("access_token")
    public final String accessToken;
    @JsonbProperty("token_type")
    public final String tokenType = "Bearer";
    @JsonbProperty("expires_in")
    public final long expiresIn;
    @JsonbProperty("refresh_token")
    public final String refreshToken;

    TokenView(TokenPair pair) {
        this.accessToken = pair.access().value();
        this.expiresIn = pair.access().expiresInSeconds();
        this.refreshToken = pair.refresh();
    }
}

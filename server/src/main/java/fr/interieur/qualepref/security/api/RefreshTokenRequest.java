package fr.interieur.qualepref.security.api;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A refresh token to rotate or revoke; the field name is OAuth 2.0's. */
public class RefreshTokenRequest {

    @JsonbProperty("refresh_token")
    @NotNull(message = "is required")
    @Size(max = 128, message = "has at most 128 characters")
    public String refreshToken;
}

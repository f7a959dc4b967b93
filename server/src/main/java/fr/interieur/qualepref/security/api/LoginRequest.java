package fr.interieur.qualepref.security.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A password login. A class rather than a record: Payara's OpenAPI generator fails on constraints of records. */
public class LoginRequest {

    @NotNull(message = "is required")
    @Size(max = 64, message = "has at most 64 characters")
    public String login;

    @NotNull(message = "is required")
    public String password;
}

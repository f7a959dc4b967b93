package fr.interieur.qualepref.security.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A user to create. A class rather than a record: Payara's OpenAPI generator fails on constraints of records. */
public class NewUserRequest {

    @NotNull(message = "is required")
    @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "is 3 to 64 characters among a-z 0-9 . _ -")
    public String login;

    @NotBlank(message = "is required")
    @Size(max = 200, message = "has at most 200 characters")
    public String displayName;

    @Email(message = "is not an e-mail address")
    @Size(max = 254, message = "has at most 254 characters")
    public String email;

    @NotNull(message = "is required")
    @Size(min = 12, max = 256, message = "has 12 to 256 characters")
    public String password;
}

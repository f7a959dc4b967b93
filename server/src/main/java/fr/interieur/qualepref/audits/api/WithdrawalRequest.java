package fr.interieur.qualepref.audits.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a member leaves a region's auditor pool; the membership is kept, dated. */
public class WithdrawalRequest {

    @NotBlank(message = "is required: say why the auditor leaves the pool")
    @Size(min = 3, max = 2000, message = "has 3 to 2000 characters")
    public String reason;
}

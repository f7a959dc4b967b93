package fr.interieur.qualepref.documents.api;

/** The body of a document withdrawal: why it is withdrawn (kept in the document and in the audit trail). */
public class WithdrawalRequest {
    public String reason;
}

package fr.interieur.qualepref.cli.sites;

/** The site types of the API, so picocli refuses a misspelt type before any request is sent. */
public enum SiteType { PREFECTURE, SOUS_PREFECTURE, PREFECTURE_DE_POLICE }

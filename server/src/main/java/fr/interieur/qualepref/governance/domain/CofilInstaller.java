package fr.interieur.qualepref.governance.domain;

/** Who installed the COFIL (IV.1: "installé par le préfet ou le sous-préfet d'arrondissement"). */
public enum CofilInstaller {
    PREFET, SOUS_PREFET
}

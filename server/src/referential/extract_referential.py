#!/usr/bin/env python3
"""Extract the Qual-e-pref 2019 référentiel into a structured YAML file.

Reads  server/src/referential/source/qualepref-2019.txt   (markdown + HTML table rows)
Writes server/src/main/resources/referential/qualepref-2019.yaml

Usage (from the repository root):
    python3 server/src/referential/extract_referential.py [--source PATH] [--output PATH]

Only the Python 3.11 standard library and PyYAML 6 are used.  The output is
deterministic.  Every place where the text cannot be parsed mechanically is
handled by one of the explicit correction tables below (each entry has a
comment and is asserted against the source: a table entry that no longer
matches the text makes the script fail, so nothing is dropped silently).
The script exits with a non-zero status when a structural check fails.
"""
from __future__ import annotations

import argparse
import datetime
import hashlib
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_SOURCE = REPO_ROOT / "server/src/referential/source/qualepref-2019.txt"
DEFAULT_OUTPUT = REPO_ROOT / "server/src/main/resources/referential/qualepref-2019.yaml"

# SHA-256 of the source text the correction tables were written against.
SOURCE_SHA256 = "ba0304f3d6bb96cecc7264801337815eb6f3286a65ab78499857cbe31cbd781f"

# --------------------------------------------------------------------------
# Header data (title page of the référentiel)
# --------------------------------------------------------------------------
VERSION = "2019"
TITLE = "Qual-e-pref"
SUBTITLE = "Référentiel qualité de l'administration territoriale"
PUBLISHED_ON = datetime.date(2018, 12, 19)   # "19 décembre 2018*"
UPDATED_ON = datetime.date(2019, 2, 4)       # "*mis à jour le 4 fév. 2019"

# --------------------------------------------------------------------------
# Modules: proper sentence-case titles of the chapter III headings (the
# headings are written in capitals, often without accents).  Each title is
# checked against its heading (case- and accent-insensitive).
# appliesTo / certOnly come from the II.2 "Tableau récapitulatif" and II.1
# text (module 2 is taken by the sites with a CERT; module 8 is specific to
# the préfecture de police de Paris).
# --------------------------------------------------------------------------
ALL_SITES = ["PREFECTURE", "SOUS_PREFECTURE", "PREFECTURE_DE_POLICE"]
MODULES = {
    1: ("Relation générale avec les usagers", ALL_SITES, False),
    # The Préfecture de police de Paris is a préfecture for II.2: with a CERT it takes module 2 like any other.
    2: ("Délivrance de titres (hors titres étrangers)", ALL_SITES, True),
    3: ("Délivrance de titres destinés aux usagers étrangers", ALL_SITES, False),
    4: ("Relations avec les collectivités territoriales", ALL_SITES, False),
    5: ("Polices administratives liées à la sécurité", ALL_SITES, False),
    6: ("Coordination des politiques publiques", ALL_SITES, False),
    7: ("Communication d'urgence en cas d'évènement majeur", ["PREFECTURE", "PREFECTURE_DE_POLICE"], False),
    8: ("Polices exercées par la préfecture de police de Paris", ["PREFECTURE_DE_POLICE"], False),
}

# Sub-headings of module 1 (capitals in the text) -> sentence case.
SECTIONS = {
    "DISPOSITIONS GENERALES": "Dispositions générales",
    "ACCUEIL PHYSIQUE": "Accueil physique",
    "TELEPHONIE": "Téléphonie",
    "SITES INTERNET": "Sites internet",
    "COURRIERS ET COURRIELS": "Courriers et courriels",
    "RESEAUX SOCIAUX": "Réseaux sociaux",
}

# --------------------------------------------------------------------------
# CORRECTION TABLES
# --------------------------------------------------------------------------

# (A) Paragraphs split across a page break.  A table row that runs over a
# page break is repeated after the header line with an empty (or partial)
# first cell; when the break falls inside a paragraph / list entry, the two
# halves must be re-joined with a single space.  Entry:
#   (commitment or requirement code, column, end of the text before the break,
#    start of the text after the break)
# Every boundary that looks unfinished (no final punctuation, or next part
# starting with a lower-case letter) must be listed here, and every entry must
# be used, otherwise the script fails.
PAGE_BREAK_SPLITS = [
    # 2.2 "Des équipements ou une organisation / appropriée sont mis en place"
    (2, "items", "Des équipements ou une organisation", "appropriée sont mis en place"),
    # control method of 2.2 "... handicap et des / personnes en difficulté."
    (2, "control", "situation de handicap et des", "personnes en difficulté."),
    # 4.2 "formés aux attitudes relationnelles et / professionnelles."
    (4, "items", "aux attitudes relationnelles et", "professionnelles."),
    # control method of 4.2 "d'au moins une fois / tous les quatre ans"
    (4, "control", "est d'au moins une fois", "tous les quatre ans"),
    # 5.2 "une / signalétique interne" (list entry continued as a paragraph)
    (5, "items", "de point d'accueil général, une", "signalétique interne, aisément"),
    # control method "signalétique interne aisément / repérable"
    (5, "control", "d'une signalétique interne aisément", "repérable, identifiant"),
    # 12.1 "sont issues du / site service-public.fr"
    (12, "items", "ministère de l'intérieur sont issues du", "site service-public.fr via"),
    # control method of 14.1 "(carte nationale d'identité, passeport, / permis de conduire ...)"
    (14, "control", "(carte nationale d'identité, passeport,", "permis de conduire et certificat"),
    # 16.1 "La clarté de la réponse / apportée sur le fond"
    (16, "items", "La clarté de la réponse", "apportée sur le fond"),
    # 17.1 "Dès / réception des informations manquantes"
    (17, "items", "les renseignements complémentaires. Dès", "réception des informations manquantes"),
    # control method of 23.2 "Identification de la cellule fraude dans / l'organigramme du CERT"
    (23, "control", "Identification de la cellule fraude dans", "l'organigramme du CERT"),
    # 36.4 list entry "délai prévisionnel / d'attente pour l'obtention" (plain text after the break)
    (36, "items", "réponse indiquant le délai prévisionnel", "d'attente pour l'obtention"),
    # control method of 36.4 "transmises sous 5 / jours ouvrés."
    (36, "control", "taux de réponses transmises sous 5", "jours ouvrés. Vérification"),
    # control method of 39.2 "délai de 10 jours ouvrés / ainsi que de la communication"
    (39, "control", "du respect du délai de 10 jours ouvrés", "ainsi que de la communication"),
    # control method of 41.4 "courriers/courriels d'avancement / transmis."
    (41, "control", "des courriers/courriels d'avancement", "transmis."),
    # 47.2 "des agents inscrits sur / une liste de rappel"
    (47, "items", "et des agents inscrits sur", "une liste de rappel"),
    # control method of 47.2 "Présence des attestations de formation ou des / feuilles d'émargement"
    (47, "control", "des attestations de formation ou des", "feuilles d'émargement des formations."),
    # 50.2 "complétée par une formation de / consolidation annuelle"
    (50, "items", "est complétée par une formation de", "consolidation annuelle et par"),
    # control method of 50.2 "feuilles d'émargement des formations de / consolidation annuelle"
    (50, "control", "d'émargement des formations de", "consolidation annuelle et des PV"),
    # 51.1 list entry "le dépôt d'une demande, / d'une plainte ou d'un dossier" (see (B))
    (51, "items", "- la procédure à suivre pour le dépôt d'une demande,", "d'une plainte ou d'un dossier"),
]

# (B) Cells whose HTML structure was lost in the source (plain text with the
# list flattened into " - " runs).  The replacement only adds the missing
# <p>/<ul>/<li> tags: the script checks that the text without tags is
# identical to the original cell.  Key: (commitment, segment index, column).
RAW_CELL_FIXES = {
    # Commitment 51, first page: the items cell is plain text; the list of
    # information available on the website is flattened into " - " runs.
    (51, 0, "items"): (
        "➤ 51.1 - Sur le site Internet de la préfecture de police, sont disponibles : "
        "- des informations générales relatives à l'application des polices administratives "
        "concernées afin de vous orienter, - la procédure à suivre pour le dépôt d'une demande,",
        "<p>➤ 51.1 - Sur le site Internet de la préfecture de police, sont disponibles :</p> "
        "<ul><li>- des informations générales relatives à l'application des polices administratives "
        "concernées afin de vous orienter,</li> <li>- la procédure à suivre pour le dépôt d'une demande,</li></ul>",
    ),
    # Commitment 51, first page: same for the control-method cell, whose list
    # continues (as a real <ul>) after the page break.
    (51, 0, "control"): (
        "Présence sur le site Internet de la préfecture de police : "
        "- des informations générales relatives à l'application des polices administratives concernées ;",
        "<p>Présence sur le site Internet de la préfecture de police :</p> "
        "<ul><li>- des informations générales relatives à l'application des polices administratives "
        "concernées ;</li></ul>",
    ),
}

# (C) Commitment title split across a page break: the continuation row
# carries the end of the bold title in its first cell.
TITLE_CONTINUATIONS = {
    # "... une documentation spécifique vous / permettant de constituer votre dossier, ..."
    51: "permettant de constituer votre dossier, disponibles 24h/24h sur le site internet de la préfecture de police",
}

# (D) Other paragraphs of the commitment-title cell (not part of the title).
# The schema has no field for them; they are listed here so that they are
# accounted for explicitly.  A note containing "optionnel"/"facultatif" sets
# optional: true.
TITLE_CELL_NOTES = {
    # Transitional rule printed under the title of 17 (first page) and its
    # 2020 counterpart printed in the title cell of the continuation row.
    # The same rule is stated in the text of item 17.1 ("15 jours ouvrés
    # (10 jours à compter de 2020)"), which is exported.
    17: [
        "Dispositif transitoire pour 2019 : maintien du délai de réponse aux courriers de demande d'information de 15 jours ouvrés",
        "A compter de 2020 : 10 jours ouvrés",
    ],
    # The only commitment marked optional in the text.
    46: ["(engagement optionnel)"],
}

# (E) Item numbers written without the "➤" arrow.
MARKERLESS_ITEMS = {
    "9.1",  # "<p>9.1 – Afin de vous guider ..." (no arrow, en dash)
}

# (F) Sub-headings placed between two items of the items cell.  By the
# general rule a paragraph belongs to the preceding item; these headings
# introduce the following items, so they are attached to the start of the
# next item instead (text kept verbatim, as its own line).
ITEM_HEADINGS_TO_NEXT_ITEM = {
    # "Concernant les courriels :" precedes 36.2-36.4 (the matching
    # "Concernant les courriers :" precedes 36.1 and is therefore the intro).
    (36, "Concernant les courriels :"),
}

# (G) Glossary definitions in which the extraction inserted a space after an
# inline bold initial ("<b>O</b> rganisation"): the space is removed.
GLOSSARY_FIXES = {
    "ORSEC": (
        "O rganisation de la R éponse de S écurité C ivile",
        "Organisation de la Réponse de Sécurité Civile",
    ),
}

# (H) Indicators that cannot be classified by the label rules alone.
# Commitment 3: one label carrying the 2019 rule and the 2020 rule, encoded
# as four definitions sharing the same label.
INDICATOR_SPLITS = {
    (3, "Taux de réponse aux suggestions et réclamations dans le délai de 15 jours ouvrés."): [
        # (must appear in label, deadline value, channel, validFrom, validUntil)
        ("dans le délai de 15 jours ouvrés", 15, None, None, 2019),
        ("5 jours ouvrés si l'envoi est électronique", 5, "ELECTRONIC", 2020, None),
        ("10 jours ouvrés si l'envoi est par courrier", 10, "LETTER", 2020, None),
        ("ou si le dépôt est dans l'urne", 10, "SUGGESTION_BOX", 2020, None),
    ],
}
INDICATOR_KIND_OVERRIDES = {
    # Rate of answered calls on the dedicated numbers of the préfecture de
    # police: not a deadline rate, not marked (indigo); it is a value taken
    # from the telephony statistics -> IMPORTED_VALUE without a source.
    "Taux d'appels aboutis des numéros dédiés": "IMPORTED_VALUE",
}
# Labels that say "dans les délais annoncés" although the commitment fixes the delay itself.
DEADLINE_OVERRIDES = {
    # 50: control method "CIP dans les délais (le délai court une heure après l'activation du NU ...)":
    # one clock hour, not a locally announced delay.
    "Taux d'activation dans les délais annoncés de la CIP": {"value": 1, "unit": "CLOCK_HOURS"},
}
# Unit of the MEAN_DELAY indicators (unit only: a mean is a measure, the
# commitments' deadlines vary by channel/year).  Commitment 14 (délai moyen
# trimestriel de délivrance, calendar days) has no matching unit -> omitted.
MEAN_DELAY_UNITS = {3: "WORKING_DAYS", 17: "WORKING_DAYS", 48: "CLOCK_HOURS"}
# Satisfaction criteria that are not a ", "-separated list after ":".
CRITERIA_OVERRIDES = {
    # Text after ':' names the survey methods, not criteria ("associés à
    # chaque critère" = every criterion of the survey) -> no criteria.
    "Taux de satisfaction associés à chaque critère : enquête de satisfaction usagers et enquêtes mystère (sauf critères du canal physique pour les enquêtes mystère)": [],
    # No ':' — the criterion is named in the label (control method of 53.1/53.3:
    # critère « accueil »; of 53.2: critère « suivi personnalisé du dossier »).
    "Taux de satisfaction sur l'accueil (enquête de satisfaction usagers ou enquête mystère)": ["accueil"],
    "Taux de satisfaction pour le suivi personnalisé du dossier (enquête de satisfaction usagers)": ["suivi personnalisé du dossier"],
}

# Channel keywords (first match wins), applied to the indicator label only.
CHANNEL_RULES = [
    ("serveur vocal interactif", "VOICE_SERVER"),
    ("site internet", "WEBSITE"),
    ("réseaux sociaux", "SOCIAL_NETWORKS"),
    ("point numérique", "DIGITAL_POINT"),
    ("rendez-vous", "APPOINTMENT"),
    ("courriels", "EMAIL"),
    ("par courriel", "EMAIL"),
    ("courriers", "LETTER"),
    ("par courrier", "LETTER"),
    ("accueil téléphonique", "TELEPHONE"),
    ("appels", "TELEPHONE"),
]


class ExtractionError(Exception):
    pass


def check(cond: bool, msg: str) -> None:
    if not cond:
        raise ExtractionError(msg)


# --------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------
def norm(text: str) -> str:
    """Whitespace normalisation: runs of whitespace -> one space, trimmed."""
    return re.sub(r"\s+", " ", text).strip()


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def fold(text: str) -> str:
    return norm(strip_accents(text)).upper()


@dataclass
class Block:
    kind: str   # "p" (paragraph / bare text) or "li" (list entry)
    depth: int  # list nesting depth (0 for paragraphs)
    text: str


class CellParser(HTMLParser):
    """Turns the HTML of one table cell into a flat list of blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.list_depth = 0
        self.li_stack: list[int] = []

    def flush(self) -> None:
        text = norm("".join(self.buf))
        self.buf = []
        if text:
            if self.li_stack:
                self.blocks.append(Block("li", self.li_stack[-1], text))
            else:
                self.blocks.append(Block("p", 0, text))

    def handle_starttag(self, tag, attrs):
        if tag == "p":
            self.flush()
        elif tag in ("ul", "ol"):
            self.flush()
            self.list_depth += 1
        elif tag == "li":
            self.flush()
            self.li_stack.append(self.list_depth)
        elif tag == "br":
            self.buf.append(" ")
        # inline tags (b, i, a, sup, span...) are dropped, their text is kept

    def handle_endtag(self, tag):
        if tag == "p":
            self.flush()
        elif tag in ("ul", "ol"):
            self.flush()
            self.list_depth -= 1
        elif tag == "li":
            self.flush()
            if self.li_stack:
                self.li_stack.pop()

    def handle_data(self, data):
        self.buf.append(data)


def parse_cell(html_text: str) -> list[Block]:
    parser = CellParser()
    parser.feed(html_text)
    parser.close()
    parser.flush()
    return parser.blocks


def strip_tags(html_text: str) -> str:
    return norm(" ".join(b.text for b in parse_cell(html_text)))


BULLET_RE = re.compile(r"^[-•]\s+")


def list_line(text: str) -> str:
    """A <li> entry becomes a line starting with "- " (bullet glyph replaced)."""
    return "- " + BULLET_RE.sub("", text)


def words(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text))


# --------------------------------------------------------------------------
# Document structure
# --------------------------------------------------------------------------
def chapter_lines(lines: list[str], start_re: str, end_re: str | None) -> list[tuple[int, str]]:
    start = next((i for i, l in enumerate(lines) if re.match(start_re, l)), None)
    check(start is not None, f"chapter heading not found: {start_re}")
    end = len(lines)
    if end_re:
        end = next((i for i in range(start + 1, len(lines)) if re.match(end_re, lines[i])), None)
        check(end is not None, f"chapter end not found: {end_re}")
    return [(i + 1, lines[i]) for i in range(start + 1, end)]


HEADER_FIRST_CELLS = ("Engagements de service", "DISPOSITION D'ORGANISATION")


@dataclass
class TableEntry:
    key: object            # commitment number or requirement code
    lineno: int
    title_segments: list   # list[list[Block]] per page segment
    col2_segments: list    # items / detail cell
    col3_segments: list    # control-method cell
    module: int | None = None
    section: str | None = None


def read_table_rows(chapter: list[tuple[int, str]], key_re: str, key_of) -> list[TableEntry]:
    """Groups the table lines of a chapter into entries (one per numbered
    first cell; rows whose first cell is empty or not numbered are the
    continuation of the previous entry after a page break)."""
    entries: list[TableEntry] = []
    for lineno, line in chapter:
        if "\t" not in line:
            continue
        cells = line.split("\t")
        check(len(cells) == 3, f"line {lineno}: expected 3 cells, got {len(cells)}")
        if cells[0].strip() in HEADER_FIRST_CELLS:
            continue
        title_blocks = parse_cell(cells[0])
        m = re.match(key_re, title_blocks[0].text) if title_blocks else None
        if m:
            entry = TableEntry(key_of(m), lineno, [], [], [])
            entries.append(entry)
        else:
            check(bool(entries), f"line {lineno}: continuation row before any entry")
            entry = entries[-1]
        fixed = []
        for col, cell in (("items", cells[1]), ("control", cells[2])):
            fix = RAW_CELL_FIXES.get((entry.key, len(entry.col2_segments), col))
            if fix:
                original, replacement = fix
                check(norm(cell) == norm(original), f"line {lineno}: RAW_CELL_FIXES entry for {entry.key}/{col} no longer matches")
                check(strip_tags(replacement) == norm(original), f"RAW_CELL_FIXES {entry.key}/{col}: replacement changes the text")
                cell = replacement
                USED_RAW_FIXES.add((entry.key, len(entry.col2_segments), col))
            fixed.append(cell)
        entry.title_segments.append(title_blocks)
        entry.col2_segments.append(parse_cell(fixed[0]))
        entry.col3_segments.append(parse_cell(fixed[1]))
    return entries


USED_RAW_FIXES: set = set()
USED_SPLITS: set = set()


def looks_unfinished(before: Block, after: Block) -> bool:
    return before.text[-1] not in ".:;!?)»," or after.text[0].islower()


def join_segments(key, column: str, segments: list[list[Block]]) -> list[Block]:
    """Concatenates the page segments of one cell, re-joining split paragraphs."""
    result: list[Block] = []
    for seg in segments:
        if not seg:
            continue
        if result:
            before, after = result[-1], seg[0]
            split = next((i for i, (k, c, end, start) in enumerate(PAGE_BREAK_SPLITS)
                          if k == key and c == column and before.text.endswith(end) and after.text.startswith(start)), None)
            if split is not None:
                USED_SPLITS.add(split)
                result[-1] = Block(before.kind, before.depth, before.text + " " + after.text)
                result.extend(seg[1:])
                continue
            check(not looks_unfinished(before, after),
                  f"{key}/{column}: page break between {before.text[-40:]!r} and {after.text[:40]!r} "
                  "looks like a split paragraph but is not in PAGE_BREAK_SPLITS")
        result.extend(seg)
    return result


def control_methods(key, blocks: list[Block]) -> list[str]:
    entries: list[str] = []
    for b in blocks:
        if b.kind == "p":
            entries.append(b.text)
        else:
            check(bool(entries), f"{key}: control-method list without a preceding paragraph")
            entries[-1] += "\n" + list_line(b.text)
    return entries


ITEM_RE = re.compile(r"^➤\s*(\d+)\.(\d+)\s*[-–]\s*")
BARE_ITEM_RE = re.compile(r"^(\d+)\.(\d+)\s*[-–]\s*")


def split_items(number: int, blocks: list[Block]):
    intro: list[str] = []
    items: list[dict] = []
    pending: list[str] = []
    for b in blocks:
        m = ITEM_RE.match(b.text)
        if not m:
            bm = BARE_ITEM_RE.match(b.text)
            if bm:
                check(f"{bm.group(1)}.{bm.group(2)}" in MARKERLESS_ITEMS,
                      f"commitment {number}: item {bm.group(0)!r} without arrow not in MARKERLESS_ITEMS")
                m = bm
        check("➤" not in (b.text[m.end():] if m else b.text), f"commitment {number}: '➤' inside a block: {b.text[:60]!r}")
        if m:
            check(int(m.group(1)) == number, f"commitment {number}: item {m.group(0)!r} of another commitment")
            items.append({"number": f"{m.group(1)}.{m.group(2)}", "lines": pending + [b.text[m.end():]]})
            pending = []
            continue
        line = b.text if b.kind == "p" else list_line(b.text)
        if (number, b.text) in ITEM_HEADINGS_TO_NEXT_ITEM:
            pending.append(line)
            USED_HEADINGS.add((number, b.text))
        elif items:
            items[-1]["lines"].append(line)
        else:
            intro.append(line)
    check(not pending, f"commitment {number}: heading not followed by an item")
    return ("\n".join(intro) or None), [{"number": i["number"], "text": "\n".join(i["lines"])} for i in items]


USED_HEADINGS: set = set()


# --------------------------------------------------------------------------
# Chapter III — commitments
# --------------------------------------------------------------------------
def extract_modules_and_commitments(lines):
    chapter = chapter_lines(lines, r"^#+\s*\*\*III – ENGAGEMENTS DE SERVICE\*\*", r"^## IV – ")
    state = {"module": None, "section": None, "headings": {}}

    def on_heading(lineno, line):
        text = norm(line.lstrip("#").replace("*", ""))
        m = re.match(r"^MODULE\s+(?:METIER\s+)?(?:N°\s*)?(\d+)\s*[:–-]\s*(.+)$", text)
        if m:
            num = int(m.group(1))
            rest = m.group(2)
            kind = "BUSINESS"
            if rest.startswith("OBLIGATOIRE"):
                kind = "MANDATORY"
                rest = re.sub(r"^OBLIGATOIRE\s*:\s*", "", rest)
            check("METIER" in text or kind == "MANDATORY", f"line {lineno}: module kind unclear")
            state["module"], state["section"] = num, None
            state["headings"][num] = (rest, kind)
            return
        if text in SECTIONS:
            check(state["module"] == 1, f"line {lineno}: section heading outside module 1")
            state["section"] = SECTIONS[text]

    # read the table lines, remembering the module/section in force at each one
    rows = []
    for lineno, line in chapter:
        if "\t" not in line:
            if line.startswith("#"):
                on_heading(lineno, line)
            continue
        rows.append((lineno, line, state["module"], state["section"]))
    entries = read_table_rows([(l, t) for l, t, _, _ in rows], r"^(\d+)\.\s", lambda m: int(m.group(1)))
    ctx = {l: (mod, sec) for l, _, mod, sec in rows}
    for e in entries:
        e.module, e.section = ctx[e.lineno]

    modules = []
    check(sorted(state["headings"]) == list(range(1, 9)), f"modules found: {sorted(state['headings'])}")
    for num in range(1, 9):
        heading, kind = state["headings"][num]
        title, applies, cert_only = MODULES[num]
        check(fold(title) == fold(heading), f"module {num}: title {title!r} does not match heading {heading!r}")
        check(kind == ("MANDATORY" if num == 1 else "BUSINESS"), f"module {num}: kind {kind}")
        modules.append({"number": num, "title": title, "kind": kind, "appliesTo": list(applies), "certOnly": cert_only})

    commitments = []
    for e in entries:
        n = e.key
        # --- title cell
        first = e.title_segments[0]
        title = re.sub(r"^\d+\.\s+", "", first[0].text)
        notes = [b.text for b in first[1:]]
        for seg in e.title_segments[1:]:
            if not seg:
                continue
            text = " ".join(b.text for b in seg)
            if TITLE_CONTINUATIONS.get(n) == text:
                title = title + " " + text
                USED_TITLE_CONT.add(n)
            else:
                notes.append(text)
        check(notes == TITLE_CELL_NOTES.get(n, []), f"commitment {n}: unexpected title-cell text {notes!r}")
        optional = any(re.search(r"optionnel|facultatif", t, re.I) for t in notes)
        # --- items and control methods
        intro, items = split_items(n, join_segments(n, "items", e.col2_segments))
        controls = control_methods(n, join_segments(n, "control", e.col3_segments))
        # --- no-loss check: every word of the cells is in the output
        src = Counter()
        for segs in (e.title_segments, e.col2_segments, e.col3_segments):
            for seg in segs:
                for b in seg:
                    src += words(b.text)
        out = words(f"{n} {title} {' '.join(notes)} {intro or ''} {' '.join(controls)}")
        for it in items:
            out += words(f"{it['number']} {it['text']}")
        check(src == out, f"commitment {n}: text lost or added: {(src - out) or (out - src)}")
        check(bool(items), f"commitment {n}: no item")
        check(bool(controls), f"commitment {n}: no control method")
        commitments.append({
            "number": n,
            "module": e.module,
            "section": e.section,
            "title": title,
            "optional": optional,
            "intro": intro,
            "items": items,
            "controlMethods": controls,
        })
    return modules, commitments


USED_TITLE_CONT: set = set()


# --------------------------------------------------------------------------
# Chapters IV and V — dispositions d'organisation
# --------------------------------------------------------------------------
def extract_requirements(lines):
    result = []
    for chapter_id, start, end in (("IV", r"^## IV – ", r"^## V – "), ("V", r"^## V – ", r"^## VI – ")):
        chapter = chapter_lines(lines, start, end)
        entries = read_table_rows(chapter, r"^(\d+)\s*[.\-–]\s*\S", lambda m, c=chapter_id: f"{c}.{m.group(1)}")
        for e in entries:
            first = e.title_segments[0]
            m = re.match(r"^(\d+)\s*[.\-–]\s*(.+)$", first[0].text)
            check(len(first) == 1 and all(not s for s in e.title_segments[1:]), f"{e.key}: unexpected title-cell text")
            detail = join_segments(e.key, "items", e.col2_segments)
            text = "\n".join(b.text if b.kind == "p" else list_line(b.text) for b in detail)
            controls = control_methods(e.key, join_segments(e.key, "control", e.col3_segments))
            result.append({
                "code": e.key,
                "chapter": chapter_id,
                "number": int(m.group(1)),
                "title": m.group(2),
                "text": text,
                "controlMethods": controls,
            })
    codes = [r["code"] for r in result]
    check(codes == [f"IV.{i}" for i in range(1, 6)] + [f"V.{i}" for i in range(1, 4)], f"requirements found: {codes}")
    return result


# --------------------------------------------------------------------------
# Chapter VI — indicators
# --------------------------------------------------------------------------
def classify(commitment: int, label: str) -> list[dict]:
    def channel_of(text):
        low = text.lower()
        return next((ch for kw, ch in CHANNEL_RULES if kw in low), None)

    for (c, prefix), defs in INDICATOR_SPLITS.items():
        if c == commitment and label.startswith(prefix):
            USED_INDICATOR_SPLITS.add((c, prefix))
            out = []
            for must, value, channel, valid_from, valid_until in defs:
                check(must in label, f"INDICATOR_SPLITS: {must!r} not in {label!r}")
                out.append({"kind": "RATE_WITHIN_DEADLINE", "deadline": {"value": value, "unit": "WORKING_DAYS"},
                            "channel": channel, "validFrom": valid_from, "validUntil": valid_until})
            return out

    d: dict = {"channel": channel_of(label)}
    if label in INDICATOR_KIND_OVERRIDES:
        d["kind"] = INDICATOR_KIND_OVERRIDES[label]
    elif re.search(r"\(indigo\)", label, re.I):
        d["kind"] = "IMPORTED_VALUE"
        d["source"] = "Indigo"
    elif label.startswith("Taux de satisfaction"):
        d["kind"] = "SATISFACTION_RATE"
        if label in CRITERIA_OVERRIDES:
            d["criteria"] = CRITERIA_OVERRIDES[label]
        elif (q := re.search(r"critère « (.+?) »", label)):
            d["criteria"] = [q.group(1)]
        else:
            check(" : " in label, f"satisfaction indicator without criteria: {label!r}")
            after = label.split(" : ", 1)[1]
            after = re.sub(r"\s*\([^()]*\)$", "", after)   # trailing "(enquête ...)"
            d["criteria"] = [c.strip() for c in after.split(", ")]
        for c in d["criteria"]:
            check(c in label, f"criterion {c!r} not in label")
    elif label.startswith("Nombre"):
        d["kind"] = "COUNT"
    elif label.startswith("Délai"):
        d["kind"] = "MEAN_DELAY"
        if commitment in MEAN_DELAY_UNITS:
            d["deadline"] = {"unit": MEAN_DELAY_UNITS[commitment]}
    elif label in DEADLINE_OVERRIDES:
        d["kind"] = "RATE_WITHIN_DEADLINE"
        d["deadline"] = DEADLINE_OVERRIDES[label]
    elif "dans les délais annoncés" in label or label == "Taux de réponses dans les délais":
        d["kind"] = "RATE_WITHIN_DEADLINE"
        d["deadline"] = {"unit": "LOCALLY_ANNOUNCED"}
    elif (q := re.search(r"dans (?:le délai de|les) (\d+) jours ouvrés", label)):
        d["kind"] = "RATE_WITHIN_DEADLINE"
        d["deadline"] = {"value": int(q.group(1)), "unit": "WORKING_DAYS"}
    else:
        raise ExtractionError(f"indicator of commitment {commitment} cannot be classified: {label!r}")
    return [d]


USED_INDICATOR_SPLITS: set = set()


def extract_indicators(lines, commitment_numbers):
    chapter = chapter_lines(lines, r"^## VI – INDICATEURS", r"^## VII ")
    current = None
    labels: list[tuple[int, str]] = []
    skipped = []
    for lineno, line in chapter:
        text = norm(line)
        if not text:
            continue
        m = re.search(r"\*\*Engagement\s+(\d+)\s*:\*\*", text)
        if m:
            current = int(m.group(1))
            check(current in commitment_numbers, f"line {lineno}: unknown commitment {current}")
            continue
        if text.startswith("#") or text.startswith("**"):
            continue
        if current is None:
            skipped.append(text)   # introductory paragraph of the chapter
            continue
        labels.append((current, text))
    check(len(skipped) == 1 and skipped[0].startswith("Le suivi des indicateurs"), f"unexpected text in chapter VI: {skipped}")

    indicators = []
    rank: Counter = Counter()
    for commitment, label in labels:
        for d in classify(commitment, label):
            rank[commitment] += 1
            ind = {"code": f"I{commitment}.{rank[commitment]}", "commitment": commitment, "label": label}
            for k in ("kind", "deadline", "channel", "source", "criteria", "validFrom", "validUntil"):
                v = d.get(k)
                if v is not None and v != [] and v != {}:
                    ind[k] = v
            indicators.append(ind)
    return indicators, len(labels)


# --------------------------------------------------------------------------
# Glossary
# --------------------------------------------------------------------------
def extract_glossary(lines):
    chapter = chapter_lines(lines, r"^# GLOSSAIRE", None)
    glossary = []
    for lineno, line in chapter:
        if not line.strip():
            continue
        cells = line.split("\t")
        check(len(cells) == 2, f"line {lineno}: glossary row with {len(cells)} cells")
        term = re.sub(r"\s*:$", "", strip_tags(cells[0]))
        blocks = parse_cell(cells[1])
        definition = "\n".join(b.text if b.kind == "p" else list_line(b.text) for b in blocks)
        if term in GLOSSARY_FIXES:
            wrong, right = GLOSSARY_FIXES[term]
            check(definition == wrong, f"GLOSSARY_FIXES[{term}] no longer matches {definition!r}")
            check(wrong.replace(" ", "") == right.replace(" ", ""), f"GLOSSARY_FIXES[{term}] changes letters")
            definition = right
        glossary.append({"term": term, "definition": definition})
    return glossary


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------
class Dumper(yaml.SafeDumper):
    pass


def _str_representer(dumper, value):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


Dumper.add_representer(str, _str_representer)


def build(source: Path) -> tuple[dict, dict]:
    raw = source.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    check(digest == SOURCE_SHA256,
          f"source {source} has sha256 {digest}, the correction tables were written for {SOURCE_SHA256}; "
          "review the tables and update SOURCE_SHA256")
    lines = raw.decode("utf-8").split("\n")
    for used in (USED_RAW_FIXES, USED_SPLITS, USED_HEADINGS, USED_TITLE_CONT, USED_INDICATOR_SPLITS):
        used.clear()

    modules, commitments = extract_modules_and_commitments(lines)
    requirements = extract_requirements(lines)
    indicators, indicator_lines = extract_indicators(lines, {c["number"] for c in commitments})
    glossary = extract_glossary(lines)

    # ---- structural checks
    check(len(modules) == 8, f"{len(modules)} modules instead of 8")
    numbers = [c["number"] for c in commitments]
    check(numbers == list(range(1, 55)), f"commitments not numbered 1..54: {numbers}")
    prev_module = 0
    for c in commitments:
        check(c["module"] is not None and c["module"] >= prev_module, f"commitment {c['number']}: module order")
        prev_module = c["module"]
        got = [it["number"] for it in c["items"]]
        want = [f"{c['number']}.{k}" for k in range(1, len(got) + 1)]
        check(got == want, f"commitment {c['number']}: items not contiguous: {got}")
        check((c["section"] is not None) == (c["module"] == 1), f"commitment {c['number']}: section")
    check([m["number"] for m in modules] == sorted({c["module"] for c in commitments}), "module without commitment")
    check(sum(c["optional"] for c in commitments) == 1 and commitments[45]["optional"], "optional flags")
    check(len(USED_SPLITS) == len(PAGE_BREAK_SPLITS),
          f"unused PAGE_BREAK_SPLITS entries: {[PAGE_BREAK_SPLITS[i] for i in range(len(PAGE_BREAK_SPLITS)) if i not in USED_SPLITS]}")
    check(USED_RAW_FIXES == set(RAW_CELL_FIXES), f"unused RAW_CELL_FIXES: {set(RAW_CELL_FIXES) - USED_RAW_FIXES}")
    check(USED_TITLE_CONT == set(TITLE_CONTINUATIONS), "unused TITLE_CONTINUATIONS")
    check(USED_HEADINGS == ITEM_HEADINGS_TO_NEXT_ITEM, "unused ITEM_HEADINGS_TO_NEXT_ITEM")
    check(USED_INDICATOR_SPLITS == set(INDICATOR_SPLITS), "unused INDICATOR_SPLITS")
    used_markerless = {it["number"] for c in commitments for it in c["items"]} & MARKERLESS_ITEMS
    check(used_markerless == MARKERLESS_ITEMS, "unused MARKERLESS_ITEMS")
    check(len({i["code"] for i in indicators}) == len(indicators), "duplicate indicator codes")
    check(len({g["term"] for g in glossary}) == len(glossary), "duplicate glossary terms")

    data = {
        "version": VERSION,
        "title": TITLE,
        "subtitle": SUBTITLE,
        "publishedOn": PUBLISHED_ON,
        "updatedOn": UPDATED_ON,
        "modules": modules,
        "commitments": commitments,
        "requirements": requirements,
        "indicators": indicators,
        "glossary": glossary,
    }
    # no HTML or arrow left anywhere
    def walk(v):
        if isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, str):
            check(not re.search(r"</?\w+[^>]*>|➤|\t|  ", v), f"residue in text: {v[:80]!r}")
    walk(data)

    stats = {
        "modules": len(modules),
        "commitments": len(commitments),
        "items": sum(len(c["items"]) for c in commitments),
        "controlMethods": sum(len(c["controlMethods"]) for c in commitments),
        "requirements": len(requirements),
        "indicators": len(indicators),
        "indicatorLines": indicator_lines,
        "glossary": len(glossary),
    }
    return data, stats


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = ap.parse_args(argv)
    try:
        data, stats = build(args.source)
    except ExtractionError as exc:
        print(f"ERROR: {exc}", file=sys.stderr)
        return 1
    header = (
        "# Qual-e-pref 2019 — référentiel qualité de l'administration territoriale.\n"
        "# GENERATED FILE, do not edit: produced by server/src/referential/extract_referential.py\n"
        "# from server/src/referential/source/qualepref-2019.txt (see server/src/referential/README.md).\n"
    )
    text = header + yaml.dump(data, Dumper=Dumper, allow_unicode=True, sort_keys=False,
                              default_flow_style=False, width=100000)
    reloaded = yaml.safe_load(text)
    if reloaded != data:
        print("ERROR: YAML round-trip mismatch", file=sys.stderr)
        return 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    print("modules={modules} commitments={commitments} items={items} controlMethods={controlMethods} "
          "requirements={requirements} indicators={indicators} (from {indicatorLines} lines) "
          "glossary={glossary}".format(**stats))
    return 0


if __name__ == "__main__":
    sys.exit(main())

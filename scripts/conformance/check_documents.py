"""Checks the files the app makes with tools that none of its own code uses.

    /usr/bin/python3 scripts/conformance/check_documents.py FILES_DIR

Debian's python3 (not a pyenv one) with python3-pikepdf, python3-openpyxl and python3-docx, and
qpdf on the PATH: .ci/run installs them. For each file it prints what it found, as counts, and it
exits 1 if any check failed:
  - PDF: qpdf --check; the PDF/UA-1 identifier and the title, language and creator in the XMP;
    a bookmark for every heading in the structure tree; no content drawn outside marked content,
    and every marked-content id of a page in the structure tree (the parent tree).
  - DOCX: the document language (en-GB) in the default style, every run and the core
    properties; heading styles with outline levels; a landscape section for the wide appendix.
  - XLSX: no number, percentage, money amount or date stored as text.
  - The import templates: the workbook opens, with no overlapping data validations; the CSV is
    rectangular.
  - The report's CSV zip: a README listing every file; each file rectangular with CRLF line ends.
"""

import csv
import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import docx
import openpyxl
import pikepdf
from docx.enum.section import WD_ORIENT
from openpyxl.worksheet.cell_range import CellRange

LANGUAGE = "en-GB"
failures: list[str] = []


def check(ok: bool, name: str, what: str) -> bool:
    if not ok:
        failures.append(f"{name}: {what}")
    return ok


# --- PDF ---------------------------------------------------------------------------------------

NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdfuaid": "http://www.aiim.org/pdfua/ns/id/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
}
# Operators that put something on the page: text, paths, images and shadings.
PAINTING = {"Tj", "TJ", "'", '"', "Do", "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "sh", "BI"}


def xmp_values(root: ElementTree.Element, prefix: str, name: str) -> list[str]:
    """An XMP property's values, written as an element (with or without rdf:Alt/Bag/Seq) or an attribute."""
    tag = f"{{{NS[prefix]}}}{name}"
    values = [el.text.strip() for prop in root.iter(tag) for el in [prop, *prop.iter(f"{{{NS['rdf']}}}li")] if el.text and el.text.strip()]
    values += [d.attrib[tag] for d in root.iter(f"{{{NS['rdf']}}}Description") if tag in d.attrib]
    return values


def struct_headings(node, counts: dict[str, int]) -> None:
    if isinstance(node, pikepdf.Array):
        for kid in node:
            struct_headings(kid, counts)
        return
    if not isinstance(node, pikepdf.Dictionary):
        return
    role = str(node.get("/S", ""))
    if role in ("/H1", "/H2", "/H3", "/H4", "/H5", "/H6"):
        counts[role[1:]] = counts.get(role[1:], 0) + 1
    if "/K" in node:
        struct_headings(node.K, counts)


def outline_levels(items, level: int, counts: dict[int, int]) -> None:
    for item in items:
        counts[level] = counts.get(level, 0) + 1
        outline_levels(item.children, level + 1, counts)


def parent_tree(pdf: pikepdf.Pdf) -> dict[int, pikepdf.Object]:
    """The structure tree's parent tree as {key: value}, flattening its number tree."""
    found: dict[int, pikepdf.Object] = {}

    def walk(node):
        if "/Nums" in node:
            nums = node.Nums
            for i in range(0, len(nums), 2):
                found[int(nums[i])] = nums[i + 1]
        for kid in node.get("/Kids", []):
            walk(kid)

    root = pdf.Root.StructTreeRoot
    if "/ParentTree" in root:
        walk(root.ParentTree)
    return found


def check_pdf(path: Path) -> str:
    name = path.name
    qpdf = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    # qpdf exits 0 when the file is clean, 3 when it only has warnings, 2 on errors.
    check(qpdf.returncode == 0, name, f"qpdf --check exited {qpdf.returncode}: {qpdf.stdout[-300:]}{qpdf.stderr[-300:]}")
    with pikepdf.open(path) as pdf:
        root = pdf.Root
        check(bool(root.get("/MarkInfo", {}).get("/Marked", False)), name, "the catalogue is not /Marked")
        check(str(root.get("/Lang", "")) == LANGUAGE, name, f"/Lang is {root.get('/Lang')!r}")
        check(bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)), name, "DisplayDocTitle is not set")
        xmp = ElementTree.fromstring(bytes(root.Metadata.read_bytes()))
        part = xmp_values(xmp, "pdfuaid", "part")
        titles = xmp_values(xmp, "dc", "title")
        languages = xmp_values(xmp, "dc", "language")
        creators = xmp_values(xmp, "dc", "creator") + xmp_values(xmp, "xmp", "CreatorTool")
        check(part == ["1"], name, f"the XMP's pdfuaid:part is {part}, not ['1']")
        check(bool(titles), name, "the XMP has no dc:title")
        check(LANGUAGE in languages, name, f"the XMP's dc:language is {languages}")
        check(bool(creators), name, "the XMP names no creator")

        headings: dict[str, int] = {}
        struct_headings(root.StructTreeRoot.get("/K", pikepdf.Array()), headings)
        marks: dict[int, int] = {}
        with pdf.open_outline() as outline:
            outline_levels(outline.root, 1, marks)
        h1, h2, h3 = headings.get("H1", 0), headings.get("H2", 0), headings.get("H3", 0)
        check(h1 >= 1 and h2 >= 1, name, f"the structure tree has {h1} H1 and {h2} H2")
        check(marks.get(1, 0) == h1 and marks.get(2, 0) == h2 and marks.get(3, 0) == h3, name,
              f"bookmarks by level {marks} do not match the headings {headings}")

        untagged = 0
        unparented = 0
        mcids = 0
        parents = parent_tree(pdf)
        for page in pdf.pages:
            depth = 0
            page_mcids: set[int] = set()
            for operands, operator in pikepdf.parse_content_stream(page):
                op = str(operator)
                if op in ("BMC", "BDC"):
                    depth += 1
                    if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                        page_mcids.add(int(operands[1].MCID))
                elif op == "EMC":
                    depth -= 1
                elif op in PAINTING and depth == 0:
                    untagged += 1
            mcids += len(page_mcids)
            if page_mcids:
                entry = parents.get(int(page.obj.get("/StructParents", -1)))
                if entry is None:
                    unparented += len(page_mcids)
                else:
                    unparented += sum(1 for m in page_mcids if m >= len(entry) or entry[m] is None)
        check(untagged == 0, name, f"{untagged} painting operators outside marked content")
        check(unparented == 0, name, f"{unparented} marked-content ids not in the structure tree")
        return (
            f"qpdf --check {'ok' if qpdf.returncode == 0 else 'FAILED'}; pdfuaid:part {part[0] if part else 'none'}; "
            f"{len(pdf.pages)} pages; bookmarks {sum(marks.values())} for headings H1 {h1}, H2 {h2}, H3 {h3}; "
            f"{mcids} tagged content items, untagged content {untagged}"
        )


# --- DOCX --------------------------------------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_docx(path: Path) -> str:
    name = path.name
    document = docx.Document(str(path))
    styles = document.styles.element
    default_lang = styles.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val")
    check(default_lang == [LANGUAGE], name, f"the default style's language is {default_lang}")
    check(document.core_properties.language == LANGUAGE, name, f"core properties language is {document.core_properties.language!r}")
    runs = [r for r in document.element.body.iter(f"{W}r") if r.find(f"{W}t") is not None]
    without = [r for r in runs if r.find(f"{W}rPr/{W}lang") is None]
    check(not without, name, f"{len(without)} of {len(runs)} runs carry no language")
    levels = {}
    for level in (1, 2, 3):
        style = document.styles[f"Heading {level}"]
        outline = style.element.find(f"{W}pPr/{W}outlineLvl")
        levels[level] = None if outline is None else int(outline.get(f"{W}val"))
        check(levels[level] == level - 1, name, f"Heading {level} has outline level {levels[level]}")
    used = {level: sum(1 for p in document.paragraphs if p.style.name == f"Heading {level}") for level in (1, 2, 3)}
    check(used[1] >= 1 and used[2] >= 1, name, f"headings used: {used}")
    landscape = [i for i, s in enumerate(document.sections) if s.orientation == WD_ORIENT.LANDSCAPE and s.page_width > s.page_height]
    check(bool(landscape), name, "no landscape section for the wide appendix")
    return (
        f"language {LANGUAGE} in styles, core properties and {len(runs) - len(without)} of {len(runs)} runs; "
        f"outline levels {levels}; headings used H1 {used[1]}, H2 {used[2]}, H3 {used[3]}; "
        f"{len(document.sections)} sections, landscape: {', '.join(str(i + 1) for i in landscape) or 'none'}"
    )


# --- XLSX --------------------------------------------------------------------------------------

# Text that a reader would take for a number, a percentage, money, a rate or a date.
NUMBER_LIKE = re.compile(r"^\s*[−+\-]?\s*£?\s*\d[\d,]*(\.\d+)?\s*(%|m|k|bn|per [\d,]+)?\s*$")
DATE_LIKE = re.compile(
    r"^\s*(\d{4}-\d{2}-\d{2}|\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}|\d{1,2}/\d{1,2}/\d{2,4})\s*$"
)
# Identifiers, not quantities: an action's reference "1.10" as a number would read 1.1.
TEXT_COLUMNS = {"Ref", "Reference", "Action ref"}


def check_xlsx(path: Path) -> str:
    name = path.name
    book = openpyxl.load_workbook(path)
    numbers = dates = texts = 0
    as_text: list[str] = []
    for sheet in book.worksheets:
        headers = [c.value for c in sheet[1]]
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if cell.value is None:
                    continue
                if cell.is_date:
                    dates += 1
                elif isinstance(cell.value, (int, float)):
                    numbers += 1
                elif isinstance(cell.value, str):
                    texts += 1
                    header = headers[cell.column - 1] if cell.column - 1 < len(headers) else None
                    if header in TEXT_COLUMNS:
                        continue
                    if NUMBER_LIKE.match(cell.value) or DATE_LIKE.match(cell.value):
                        as_text.append(f"{sheet.title}!{cell.coordinate}={cell.value!r}")
    check(not as_text, name, f"{len(as_text)} numbers or dates stored as text: {as_text[:10]}")
    return (
        f"{len(book.worksheets)} sheets; {numbers} numeric cells, {dates} dates, {texts} text cells; "
        f"numbers or dates stored as text: {len(as_text)}"
    )


def check_template_xlsx(path: Path) -> str:
    name = path.name
    book = openpyxl.load_workbook(path)
    overlaps = 0
    validations = 0
    for sheet in book.worksheets:
        ranges = [(dv, CellRange(str(r))) for dv in sheet.data_validations.dataValidation for r in dv.sqref.ranges]
        validations += len(sheet.data_validations.dataValidation)
        for i, (dv_a, a) in enumerate(ranges):
            for dv_b, b in ranges[i + 1:]:
                if dv_a is not dv_b and not a.isdisjoint(b):
                    overlaps += 1
                    failures.append(f"{name}: validations overlap on {sheet.title}: {a.coord} and {b.coord}")
        for dv in sheet.data_validations.dataValidation:
            check(dv.errorStyle in (None, "stop", "warning", "information"), name, f"errorStyle {dv.errorStyle!r}")
    return f"opens in openpyxl: {len(book.worksheets)} sheets ({', '.join(book.sheetnames)}); {validations} data validations, overlapping: {overlaps}"


# --- CSV ---------------------------------------------------------------------------------------


def csv_shape(name: str, raw: bytes) -> tuple[int, int]:
    """Checks one CSV file: UTF-8, CRLF line ends only, every row as wide as the header."""
    text = raw.decode("utf-8-sig")
    check(re.search(r"\r(?!\n)|(?<!\r)\n", text) is None, name, "a line ends without CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    widths = {len(r) for r in rows}
    check(len(rows) >= 1 and widths == {len(rows[0])}, name, f"rows of {sorted(widths)} fields")
    return len(rows) - 1, len(rows[0]) if rows else 0


def check_csv_zip(path: Path) -> str:
    name = path.name
    with zipfile.ZipFile(path) as z:
        check(z.testzip() is None, name, "a file in the zip is damaged")
        names = z.namelist()
        check("README.txt" in names, name, "no README.txt")
        readme = z.read("README.txt").decode("utf-8") if "README.txt" in names else ""
        files = [n for n in names if n.endswith(".csv")]
        check(len(files) >= 2, name, f"only {len(files)} CSV files")
        shapes = []
        for f in files:
            check(f in readme, name, f"README.txt does not list {f}")
            rows, columns = csv_shape(f"{name}/{f}", z.read(f))
            shapes.append(f"{f} {rows}×{columns}")
    return f"README.txt and {len(files)} rectangular CSV files with CRLF: {', '.join(shapes)}"


def check_template_csv(path: Path) -> str:
    rows, columns = csv_shape(path.name, path.read_bytes())
    return f"rectangular, CRLF: {rows} rows of {columns} columns"


def main() -> int:
    folder = Path(sys.argv[1])
    checkers = [
        ("*.pdf", check_pdf),
        ("*.docx", check_docx),
        ("*-panel-report*.xlsx", check_xlsx),
        ("*import-template.xlsx", check_template_xlsx),
        ("*import-template.csv", check_template_csv),
        ("*.csv.zip", check_csv_zip),
    ]
    checked = 0
    for pattern, checker in checkers:
        for path in sorted(folder.glob(pattern)):
            checked += 1
            try:
                print(f"  {path.name}: {checker(path)}")
            except Exception as error:  # a file a tool cannot open is a finding, not a crash
                failures.append(f"{path.name}: {type(error).__name__}: {error}")
                print(f"  {path.name}: FAILED to open: {error}")
    check(checked >= 10, "files", f"only {checked} files to check")
    print(f"documents: {checked} files checked, {len(failures)} problems")
    for failure in failures:
        print(f"  PROBLEM {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

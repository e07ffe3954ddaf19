"""Turns the results of scripts/bench into a table on standard output and a Markdown report.

    report.py RESULTS_DIR WORK_DIR REPORT.md

Reads hyperfine's JSON exports, the peak resident memory from /usr/bin/time, the in-process phases, the floor's
times and machine.txt; checks that the pandas reference computed the same era matrices as the tool; appends
scripts/benchmarks/notes.md (what was fixed, with before and after) to the report. Standard library only.
"""
import csv
import json
import statistics
import sys
from pathlib import Path

results, work, report = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
machine = dict(line.split("=", 1) for line in (results / "machine.txt").read_text().splitlines() if "=" in line)
smoke = machine.get("smoke") == "1"


def command(name):
    data = json.loads((results / f"{name}.json").read_text())["results"][0]
    return {"median": data["median"], "min": data["min"], "max": data["max"],
            "rss_mb": int((results / f"{name}.rss").read_text().split()[-1]) / 1024,
            "load": (results / f"{name}.load").read_text().strip()}


def seconds(value):
    return f"{value * 1000:.0f} ms" if value < 10 else f"{value:.1f} s"


def spread(entry):
    return f"{seconds(entry['min'])} – {seconds(entry['max'])}"


def floor(rubric):
    times = [float(line) for line in (results / f"b-floor-{rubric}.times").read_text().split()]
    return {"median": statistics.median(times), "min": min(times), "max": max(times)}


commands = {name: command(name) for name in
            ["a-build", "a-diff", "b-import", "b-build", "b-reference", "c-build", "d-jobs1", "d-jobs2", "e-sensitivity"]}
phases = json.loads((results / "b-phases.json").read_text())
floors = {rubric: floor(rubric) for rubric in ["default", "extended"]}
xlsx_ratio = {rubric: phases[f"{rubric}: xlsx"]["median"] / floors[rubric]["median"] for rubric in floors}
end_to_end = commands["b-reference"]["median"] / commands["b-build"]["median"]
speedup = commands["d-jobs1"]["median"] / commands["d-jobs2"]["median"]


def era_matrices_agree():
    """The tool's and the reference's era matrices, number by number (3 decimals as both write them)."""
    for rubric in ["default", "extended"]:
        ours = list(csv.DictReader(open(work / "pax-out" / rubric / "era_matrix.csv", encoding="utf-8")))
        theirs = list(csv.DictReader(open(work / "reference" / rubric / "era_matrix.csv", encoding="utf-8")))
        if [row["era_id"] for row in ours] != [row["era_id"] for row in theirs]:
            return False
        for a, b in zip(ours, theirs):
            for key in a:
                if key in ("era_id", "era", "rank"):
                    continue
                if (a[key] or "") != (b.get(key) or ""):
                    return False
            if float(a["rank"] or 0) != float(b["rank"] or 0):
                return False
    return True


agree = era_matrices_agree()
targets = [
    ("a. cold build, all formats", "≤ 150 ms wall", seconds(commands["a-build"]["median"]), commands["a-build"]["median"] <= 0.150),
    ("a. diff after a weight edit", "≤ 150 ms wall", seconds(commands["a-diff"]["median"]), commands["a-diff"]["median"] <= 0.150),
    ("b. XLSX part vs the raw libxlsxwriter floor", "≤ 1.3×",
     ", ".join(f"{rubric} {ratio:.2f}×" for rubric, ratio in xlsx_ratio.items()), max(xlsx_ratio.values()) <= 1.3),
    ("b. end to end vs the pandas + XlsxWriter reference", "≥ 5× faster", f"{end_to_end:.1f}× faster", end_to_end >= 5),
    ("c. peak memory", "≤ 300 MB", f"{commands['c-build']['rss_mb']:.0f} MB", commands["c-build"]["rss_mb"] <= 300),
    ("d. 2 jobs vs 1 job", "≥ 1.7× speed-up", f"{speedup:.2f}×", speedup >= 1.7),
    ("e. 10,000 draws", "≤ 1 s", seconds(commands["e-sensitivity"]["median"]), commands["e-sensitivity"]["median"] <= 1),
]

workloads = [
    ("a. `build`, shipped casebook, both rubrics, all formats (cold: empty output folder)", "a-build"),
    ("a. `diff --old --new` after a weight edit", "a-diff"),
    ("b. `import pa-x --format bin` (1,868 agreements)", "b-import"),
    ("b. `build` of the PA-X import, both rubrics, all formats", "b-build"),
    ("b. reference: pandas + XlsxWriter, same casebook, same matrices", "b-reference"),
    ("c. `build` of the synthetic casebook, all formats", "c-build"),
    ("d. `batch` of the rubric variants, `--jobs 1`", "d-jobs1"),
    ("d. `batch` of the rubric variants, `--jobs 2`", "d-jobs2"),
    ("e. `sensitivity --draws 10000`, both rubrics", "e-sensitivity"),
]

lines = ["# Benchmarks", ""]
if smoke:
    lines += [f"**Smoke run** ({machine.get('configuration', 'release')} build): one run of each workload on small inputs; the figures below are not benchmarks.", ""]
lines += [
    "Written by `scripts/bench` (workloads and references: [`scripts/benchmarks/README.md`](scripts/benchmarks/README.md)).",
    f"Every time is the median of {machine['runs']} runs after {machine['warmup']} warm-up run, with the min–max beside it;",
    "peak memory is the maximum resident set of one more run (`/usr/bin/time -v`).",
    "",
    "## Machine",
    "",
    "| | |",
    "| --- | --- |",
    f"| CPU | {machine['cpu']} |",
    f"| cores | {machine['cores']} |",
    f"| memory | {int(machine['memory_kb']) / 1024 / 1024:.1f} GB |",
    f"| kernel | {machine['kernel']} |",
    f"| Swift | {machine['swift']} |",
    f"| libxlsxwriter | {machine['libxlsxwriter']} |",
    f"| Python | {machine['python']} |",
    f"| {machine['hyperfine']} | |",
    f"| commit | {machine['commit']} |",
    f"| date | {machine['date']} |",
    f"| load average (1, 5, 15 min) | {machine['load_start']} at the start, {machine.get('load_end', '?')} at the end |",
    "",
    "## Targets",
    "",
    "| workload | target | measured | met |",
    "| --- | --- | --- | --- |",
]
lines += [f"| {name} | {target} | {measured} | {'yes' if met else '**no**'} |" for name, target, measured, met in targets]
lines += [
    "",
    "## Workloads",
    "",
    "| workload | median | min – max | peak memory | load before |",
    "| --- | --- | --- | --- | --- |",
]
lines += [f"| {title} | {seconds(commands[key]['median'])} | {spread(commands[key])} | {commands[key]['rss_mb']:.0f} MB | {commands[key]['load']} |"
          for title, key in workloads]
cells = {rubric: (results / f"b-floor-{rubric}.cells").read_text().strip() for rubric in floors}
lines += [
    "",
    "## References",
    "",
    "| comparison | ours | reference | ratio |",
    "| --- | --- | --- | --- |",
]
for rubric in floors:
    lines.append(f"| b. `{rubric}` workbook: `WorkbookWriter.data` in-process (incl. its 1,000-draw sensitivity run) vs "
                 f"raw libxlsxwriter writing the same cells ({cells[rubric]}) | {seconds(phases[f'{rubric}: xlsx']['median'])} | "
                 f"{seconds(floors[rubric]['median'])} ({spread(floors[rubric])}) | {xlsx_ratio[rubric]:.2f}× |")
lines.append(f"| b. end to end: `build` of the PA-X import vs `reference.py` on the same casebook | "
             f"{seconds(commands['b-build']['median'])} | {seconds(commands['b-reference']['median'])} | {end_to_end:.1f}× faster |")
lines += [
    "",
    f"The reference's era matrices {'agree with' if agree else '**differ from**'} the tool's, number by number, for both rubrics.",
    "",
    "## Where the PA-X build's time goes (in-process, one thread)",
    "",
    "| phase | median | min – max |",
    "| --- | --- | --- |",
]
lines += [f"| {name} | {seconds(value['median'])} | {seconds(min(value['runs']))} – {seconds(max(value['runs']))} |"
          for name, value in phases.items()]
notes = Path(__file__).with_name("notes.md")
if notes.exists():
    lines += ["", notes.read_text().rstrip()]
report.write_text("\n".join(lines) + "\n")

width = max(len(name) for name, *_ in targets)
print(f"{'workload':{width}}  {'target':16}  {'measured':24}  met")
for name, target, measured, met in targets:
    print(f"{name:{width}}  {target:16}  {measured:24}  {'yes' if met else 'NO'}")
for title, key in workloads:
    entry = commands[key]
    print(f"  {key:14} {seconds(entry['median']):>9}  ({spread(entry)})  {entry['rss_mb']:.0f} MB")
print(f"reference era matrices agree: {agree}")

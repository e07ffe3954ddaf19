"""The alternative an analyst would otherwise script: the same casebook scored with pandas and written with
XlsxWriter, as the benchmarks' reference for `lessons-matrix build` (scripts/bench times both).

    reference.py TIDY_DIR OUT_DIR

TIDY_DIR holds what `lessons-matrix-bench export-tidy` writes: cases.csv, observations.csv, eras.csv and one
rubric-<id>.json per rubric. For each rubric, OUT_DIR/<id>/ gets matrix.xlsx (Era matrix, Case matrix, Evidence,
Rubric sheets), the CSV files (era_matrix, case_scores, era_scores, evidence), matrix.txt and matrix.md.

It scores as the tool does: indicator values mapped to levels, the dimension's rule (weighted mean, minimum,
maximum, threshold table) over each case's first observation of each indicator, the evidence minimum, era
means, the weighted index over scored dimensions with lower-is-better scores reversed, competition ranks.
It leaves out what an analyst's script usually would: provenance, confidence, lessons, the sensitivity run,
cell notes and formulas — so it does less work than the tool, and the measured ratio understates the gap.
The idiomatic, vectorised pandas of a careful analyst: merges, groupby and pivot, no row-by-row apply.
"""
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd


def levels(observations, rubric):
    """One row per case × indicator (the first observation), with its dimension, weight, level and evidence count."""
    rows = []
    for dimension in rubric["dimensions"]:
        for indicator in dimension["indicators"]:
            rows.append({"indicator_id": indicator["id"], "dimension_id": dimension["id"], "weight": indicator["weight"]})
    indicators = pd.DataFrame(rows)
    first = observations.groupby(["case_id", "indicator_id"], sort=False).agg(
        value=("value", "first"), evidence=("evidence_id", "size")).reset_index()
    data = first.merge(indicators, on="indicator_id")
    data["level"] = np.nan
    for dimension in rubric["dimensions"]:
        for indicator in dimension["indicators"]:
            mask = data["indicator_id"] == indicator["id"]
            if not mask.any():
                continue
            values = data.loc[mask, "value"]
            if "levels" in indicator:
                data.loc[mask, "level"] = values.map(indicator["levels"]).astype(float)
            elif "range" in indicator:
                low, high = indicator["range"]
                numbers = pd.to_numeric(values, errors="coerce")
                scale = rubric["scale"]
                rescaled = scale["minimum"] + (numbers - low) * (scale["maximum"] - scale["minimum"]) / (high - low)
                data.loc[mask, "level"] = rescaled.where((numbers >= low) & (numbers <= high) & (numbers == numbers.round()))
            else:
                numbers = pd.to_numeric(values, errors="coerce")
                conditions = [numbers >= at_least for at_least, _ in indicator["thresholds"]]
                data.loc[mask, "level"] = np.select(conditions, [level for _, level in indicator["thresholds"]], default=np.nan)
    return data.dropna(subset=["level"])


def case_scores(data, rubric, cases):
    """Cases × dimensions: the rule's value, NaN where the evidence falls short of the minimum."""
    data = data.assign(weighted=data["weight"] * data["level"])
    grouped = data.groupby(["case_id", "dimension_id"])
    summary = grouped.agg(weighted=("weighted", "sum"), weights=("weight", "sum"), low=("level", "min"),
                          high=("level", "max"), evidence=("evidence", "sum")).reset_index()
    scale = rubric["scale"]
    columns = {}
    for dimension in rubric["dimensions"]:
        part = summary[summary["dimension_id"] == dimension["id"]].set_index("case_id")
        mean = part["weighted"] / part["weights"].where(part["weights"] > 0)
        if dimension["rule"] == "minimum":
            score = part["low"]
        elif dimension["rule"] == "maximum":
            score = part["high"]
        elif dimension["rule"] == "threshold_table":
            conditions = [mean >= at_least for at_least, _ in dimension["thresholds"]]
            score = pd.Series(np.select(conditions, [level for _, level in dimension["thresholds"]], default=scale["minimum"]),
                              index=part.index).where(mean.notna())
        else:
            score = mean
        score = score.where(part["evidence"] >= dimension["minimum_evidence"])
        columns[dimension["id"]] = score.clip(scale["minimum"], scale["maximum"])
    matrix = pd.DataFrame(columns).reindex(cases["case_id"])
    return matrix


def with_index_and_rank(matrix, rubric):
    scale = rubric["scale"]
    oriented = matrix.copy()
    weights = pd.Series({d["id"]: d["weight"] for d in rubric["dimensions"]})
    for dimension in rubric["dimensions"]:
        if dimension["direction"] == "lower_is_better":
            oriented[dimension["id"]] = scale["minimum"] + scale["maximum"] - oriented[dimension["id"]]
    scored = oriented.notna()
    denominator = scored.mul(weights, axis=1).sum(axis=1)
    index = oriented.fillna(0).mul(weights, axis=1).sum(axis=1) / denominator.where(denominator > 0)
    result = matrix.copy()
    result["index"] = index
    result["rank"] = index.rank(method="min", ascending=False)
    return result


def markdown(frame):
    header = "| " + " | ".join(str(c) for c in frame.columns) + " |"
    rule = "| " + " | ".join("---" for _ in frame.columns) + " |"
    body = ["| " + " | ".join("" if pd.isna(v) else str(v) for v in row) + " |" for row in frame.itertuples(index=False)]
    return "\n".join([header, rule] + body) + "\n"


def write(rubric, cases, eras, observations, out):
    out.mkdir(parents=True, exist_ok=True)
    dimensions = [d["id"] for d in rubric["dimensions"]]
    scores = case_scores(levels(observations, rubric), rubric, cases)
    case_matrix = with_index_and_rank(scores, rubric)
    case_table = cases.set_index("case_id").join(case_matrix).reset_index()
    era_means = scores.join(cases.set_index("case_id")["era_id"]).groupby("era_id")[dimensions].mean()
    era_matrix = with_index_and_rank(era_means.reindex(eras["era_id"]), rubric)
    era_table = eras.set_index("era_id").join(era_matrix).reset_index()

    indicator_dimension = {i["id"]: d["id"] for d in rubric["dimensions"] for i in d["indicators"]}
    evidence = observations.assign(dimension_id=observations["indicator_id"].map(indicator_dimension))
    evidence = evidence.dropna(subset=["dimension_id"]).merge(cases[["case_id", "era_id"]], on="case_id")
    evidence = evidence[["evidence_id", "case_id", "era_id", "dimension_id", "indicator_id", "value", "source_id", "locator", "quote"]]

    long_scores = scores.reset_index().melt(id_vars="case_id", var_name="dimension_id", value_name="score")
    long_eras = era_means.reset_index().melt(id_vars="era_id", var_name="dimension_id", value_name="score")
    era_table.to_csv(out / "era_matrix.csv", index=False, float_format="%.3f")
    long_scores.to_csv(out / "case_scores.csv", index=False, float_format="%.3f")
    long_eras.to_csv(out / "era_scores.csv", index=False, float_format="%.3f")
    evidence.to_csv(out / "evidence.csv", index=False)
    (out / "matrix.txt").write_text(era_table.to_string(index=False, float_format="%.3f") + "\n\n"
                                    + case_table.to_string(index=False, float_format="%.3f") + "\n")
    (out / "matrix.md").write_text(markdown(era_table.round(3)) + "\n" + markdown(case_table.round(3)))

    rubric_table = pd.DataFrame([{"dimension_id": d["id"], "name": d["name"], "weight": d["weight"], "direction": d["direction"],
                                  "rule": d["rule"], "minimum_evidence": d["minimum_evidence"]} for d in rubric["dimensions"]])
    with pd.ExcelWriter(out / "matrix.xlsx", engine="xlsxwriter") as writer:
        score_format = writer.book.add_format({"num_format": "0.000"})
        for name, frame in [("Era matrix", era_table), ("Case matrix", case_table), ("Evidence", evidence), ("Rubric", rubric_table)]:
            frame.to_excel(writer, sheet_name=name, index=False)
            sheet = writer.sheets[name]
            for column, header in enumerate(frame.columns):
                sheet.set_column(column, column, 12 if header in dimensions or header == "index" else 24,
                                 score_format if header in dimensions or header == "index" else None)
            sheet.freeze_panes(1, 0)
    return case_matrix


def main():
    tidy, out = Path(sys.argv[1]), Path(sys.argv[2])
    cases = pd.read_csv(tidy / "cases.csv", dtype=str, keep_default_na=False)
    eras = pd.read_csv(tidy / "eras.csv", dtype=str, keep_default_na=False)
    observations = pd.read_csv(tidy / "observations.csv", dtype=str, keep_default_na=False)
    for path in sorted(tidy.glob("rubric-*.json")):
        rubric = json.loads(path.read_text())
        case_matrix = write(rubric, cases, eras, observations, out / rubric["id"])
        (out / rubric["id"] / "index.csv").write_text(case_matrix["index"].to_csv(float_format="%.12g"))


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Documents per second for `factlint batch` on 10,000 articles of about 5 KB, on one core and on two.
#
#   Benchmarks/batch.sh [ARTICLES] [BINARY]
#
# Builds the release binary unless BINARY is given, generates the articles (deterministic: French and English
# prose with the figures a rare-earths story carries, one in fifty wrong), then times, best of three:
#   1 core:  taskset -c 0 factlint batch --jobs 1
#   2 cores: factlint batch --jobs 2
# Needs python3 and taskset (util-linux). The CPU time shown next to each run tells whether the second core
# was really free: a busy machine shows up as CPU time close to wall time on the two-core run.
set -euo pipefail
cd "$(dirname "$0")/.."

count="${1:-10000}"
binary="${2:-}"
if [ -z "$binary" ]; then
  swift build -c release --product factlint >&2
  binary="$(swift build -c release --show-bin-path)/factlint"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$count" >"$work/articles.jsonl" <<'PY'
import json, random, sys

random.seed(20251028)
french = [
    "La Chine assure {refining} % de la production raffinée de terres rares, selon l’AIE.",
    "Pékin contrôle plus de {mining} % de l’extraction minière mondiale des terres rares.",
    "Le Japon portera ses dépenses de défense à {defense} % du PIB dès cet exercice budgétaire.",
    "L’accord-cadre a été signé à Tokyo le mardi 28 octobre 2025, lors d’une visite de trois jours.",
    "En 2010, Pékin a réduit ses quotas d’exportation de 40 %, rappelle l’article.",
    "Les ministres se sont retrouvés au siège du gouvernement pour une réunion de travail.",
    "Les industriels européens suivent de près l’évolution des prix des aimants permanents.",
    "La demande de lithium et de graphite pourrait bondir de {lithium} % d’ici à 2040.",
    "Selon plusieurs analystes, la diversification des approvisionnements prendra des années.",
    "La ville compte 1 200 habitants et un port de pêche animé depuis le XIXe siècle.",
]
english = [
    "China accounts for {refining}% of refined rare earth production, according to the IEA.",
    "Japan will raise defense spending to {defense}% of GDP this fiscal year, two years ahead of schedule.",
    "The framework was signed in Tokyo on October 28, 2025, during Donald Trump's three-day visit.",
    "Demand for lithium and graphite could jump by up to {lithium}% by 2040.",
    "Officials met in the capital for a working session on supply chains and stockpiles.",
    "Analysts expect the diversification of supplies to take years rather than months.",
    "The port handled 3.5 million containers last year, a record for the region.",
    "Several companies announced new processing plants in Australia and Malaysia.",
]

def values():
    wrong = random.random() < 0.02
    return {
        "refining": random.choice([95, 97, 85]) if wrong else 92,
        "mining": 60,
        "defense": 3 if wrong else 2,
        "lithium": 9000 if wrong else 4000,
    }

count = int(sys.argv[1])
for i in range(count):
    sentences = french if i % 2 == 0 else english
    paragraphs = []
    size = 0
    while size < 5000:
        paragraph = " ".join(random.choice(sentences).format(**values()) for _ in range(4))
        paragraphs.append(paragraph)
        size += len(paragraph.encode()) + 2
    text = ("# Article %d\n\n" % i) + "\n\n".join(paragraphs) + "\n"
    print(json.dumps({"id": "article-%05d" % i, "text": text, "lang": "fr" if i % 2 == 0 else "en"},
                     ensure_ascii=False))
PY

bytes=$(wc -c <"$work/articles.jsonl")
echo "input: $count articles, $((bytes / count)) bytes each on average ($((bytes / 1048576)) MB), $("$binary" --version)"
"$binary" batch --jobs 2 <"$work/articles.jsonl" >"$work/results.jsonl"
flagged=$(grep -c '"rule"' "$work/results.jsonl" || true)
echo "results: $(wc -l <"$work/results.jsonl") lines, $flagged with findings"

python3 - "$binary" "$work/articles.jsonl" "$count" "$bytes" <<'PY'
import os, resource, subprocess, sys, time

binary, articles, count, size = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])

def best_of_three(command):
    """Best wall time of three runs, with the CPU time (user + system) of that run."""
    best = None
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        with open(articles, "rb") as source, open(os.devnull, "wb") as sink:
            subprocess.run(command, stdin=source, stdout=sink, check=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if best is None or wall < best[0]:
            best = (wall, cpu)
    return best

for label, command in [
    ("1 core  (taskset -c 0, --jobs 1)", ["taskset", "-c", "0", binary, "batch", "--jobs", "1"]),
    ("2 cores (--jobs 2)              ", [binary, "batch", "--jobs", "2"]),
]:
    wall, cpu = best_of_three(command)
    print("%s: %6.2f s  %6.0f docs/s  %5.1f MB/s  (CPU %.2f s)" % (label, wall, count / wall, size / 1048576 / wall, cpu))
PY

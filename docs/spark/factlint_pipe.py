#!/usr/bin/env python3
"""Check a whole archive with Apache Spark: `factlint batch` is the map step, run with `rdd.pipe`.

Input: JSON Lines, one article a line ({"id", "text", "path"?, "lang"?}), on any file system Spark reads
(local, HDFS, S3...). Output: JSON Lines, one result a line ({"id", "findings": [...]}, or an error record),
written as Spark part files. Each partition streams through one `factlint batch` process, which keeps the
order inside the partition; join results back to articles by "id".

Local run (what the test suite does):
    python3 docs/spark/factlint_pipe.py --master 'local[2]' --factlint .build/release/factlint \
        articles.jsonl results/

On a cluster, ship the Linux binary with the job and every executor runs its own copy:
    spark-submit --master yarn --files .build/release/factlint docs/spark/factlint_pipe.py \
        --ship hdfs:///archive/articles.jsonl hdfs:///archive/factlint-results/
"""

import argparse
import os
import shlex
import sys


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="JSON Lines articles (file, folder or glob Spark can read)")
    parser.add_argument("output", help="folder for the JSON Lines results (must not exist)")
    parser.add_argument("--factlint", default="factlint", help="factlint binary (default: on PATH)")
    parser.add_argument(
        "--ship", action="store_true",
        help="run the copy of the binary shipped with spark-submit --files instead of --factlint")
    parser.add_argument("--master", default=None, help="Spark master, e.g. local[2] (default: spark-submit's)")
    parser.add_argument("--partitions", type=int, default=0, help="minimum input partitions (default: Spark's)")
    parser.add_argument("--jobs", type=int, default=1,
                        help="threads per factlint process (default 1: Spark already runs one task a core)")
    parser.add_argument("--factlint-args", default="", help="extra arguments for factlint batch, e.g. '--facts f/'")
    return parser.parse_args(argv)


def main(argv):
    args = parse_arguments(argv)
    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setAppName("factlint-batch")
    if args.master:
        conf = conf.setMaster(args.master)
    context = SparkContext(conf=conf)
    context.setLogLevel("WARN")
    try:
        command = [args.factlint, "batch", "--jobs", str(args.jobs)] + shlex.split(args.factlint_args)
        if args.ship:
            # spark-submit --files puts the binary in each executor's working folder, not always executable.
            name = "./" + os.path.basename(args.factlint)
            command = ["sh", "-c", 'chmod u+x "$0" 2>/dev/null; exec "$0" "$@"', name] + command[1:]
        lines = context.textFile(args.input, minPartitions=args.partitions or None)
        # checkCode: a factlint that could not start (missing binary, bad fact base) fails the task.
        results = lines.pipe(" ".join(shlex.quote(part) for part in command), checkCode=True)
        results.saveAsTextFile(args.output)
    finally:
        context.stop()


if __name__ == "__main__":
    main(sys.argv[1:])

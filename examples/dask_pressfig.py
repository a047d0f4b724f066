#!/usr/bin/env python3
"""Run pressfig over a JSONL file on a Dask cluster.

The file is split into partitions of about --blocksize bytes on line
boundaries; each partition is piped through one `pressfig extract` process
(with --jobs 1: the cluster already runs a task per worker thread) and the
documents are gathered into OUTPUT, one JSON line each, partition by
partition in input order. Bad lines do not fail a task (--keep-going); they
are reported in --errors DIR, one file per pressfig process.

    python3 examples/dask_pressfig.py articles.jsonl figures.jsonl --local-workers 2
    python3 examples/dask_pressfig.py articles.jsonl figures.jsonl --scheduler tcp://10.0.0.5:8786

With --scheduler, the input and pressfig must be reachable under the same
paths on every worker (a shared file system, and pressfig installed there).
"""
import argparse
import os
import shlex
import subprocess
import sys


def pressfig_partition(lines, command):
    """Pipe one partition's lines through pressfig; return its output lines."""
    data = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    done = subprocess.run(command, input=data.encode("utf-8"), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # with --keep-going, 1 is never returned for bad lines: anything else is a real failure
    if done.returncode != 0:
        raise RuntimeError(f"pressfig exited {done.returncode}: {done.stderr.decode('utf-8', 'replace')[-2000:]}")
    return done.stdout.decode("utf-8").splitlines(keepends=True)


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSONL file of articles: {id, text | html, published?, title?}")
    parser.add_argument("output", help="JSONL file of documents to write")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786)")
    where.add_argument("--local-workers", type=int, default=2, help="worker processes of a local cluster (default 2)")
    parser.add_argument("--blocksize", default="16MB", help="bytes of input per task (default 16MB)")
    parser.add_argument(
        "--pressfig",
        default=f"node {shlex.quote(os.path.join(here, '..', 'bin', 'pressfig.js'))}",
        help="command that runs pressfig (default: this checkout's bin/pressfig.js)",
    )
    parser.add_argument("--errors", help="directory for the failures, one JSONL file per pressfig process")
    args = parser.parse_args(argv)

    # imported here so that --help works without Dask
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    command = shlex.split(args.pressfig) + ["extract", "--input-format", "jsonl", "--jobs", "1", "--keep-going", "--quiet"]
    if args.errors:
        os.makedirs(args.errors, exist_ok=True)
        command += ["--errors", os.path.abspath(args.errors) + os.sep]
    command.append("-")

    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        bag = db.read_text(os.path.abspath(args.input), blocksize=args.blocksize, encoding="utf-8")
        parts = bag.map_partitions(pressfig_partition, command).to_delayed()
        futures = client.compute(parts)
        with open(args.output, "w", encoding="utf-8") as out:
            for future in futures:  # in input order
                out.writelines(future.result())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

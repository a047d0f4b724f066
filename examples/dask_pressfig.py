#!/usr/bin/env python3
"""Run pressfig over a JSONL file on a Dask cluster.

The file is split into blocks of whole lines; each block is read by a worker
and piped, as bytes, through one `pressfig extract` process (with --jobs 1:
the cluster already runs a task per worker thread), which writes its
documents to a part file beside OUTPUT. The parts are then joined into
OUTPUT in input order, so no document passes through the scheduler. Bad
lines do not fail a task (--keep-going); they are reported in --errors DIR,
one file per pressfig process.

    python3 examples/dask_pressfig.py articles.jsonl figures.jsonl --local-threads 2
    python3 examples/dask_pressfig.py articles.jsonl figures.jsonl --local-workers 2
    python3 examples/dask_pressfig.py articles.jsonl figures.jsonl --scheduler tcp://10.0.0.5:8786

With --scheduler, the input, OUTPUT's directory and pressfig must be
reachable under the same paths on every worker (a shared file system, and
pressfig installed there).
"""
import argparse
import math
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

# a block pays for one pressfig start (about a third of a second): smaller blocks cost more than they balance
MIN_AUTO_BLOCK = 4 * 1000 * 1000


def pressfig_block(block, command, part):
    """Pipe one block of JSONL lines through pressfig into the part file; return the part's path."""
    with open(part, "wb") as out:
        done = subprocess.run(command, input=block, stdout=out, stderr=subprocess.PIPE)
    # with --keep-going, 1 is never returned for bad lines: anything else is a real failure
    if done.returncode != 0:
        raise RuntimeError(f"pressfig exited {done.returncode}: {done.stderr.decode('utf-8', 'replace')[-2000:]}")
    return part


def auto_blocksize(size, workers):
    """Two blocks per worker, so that a worker that finishes early takes another; never tiny blocks."""
    return max(MIN_AUTO_BLOCK, math.ceil(size / (2 * max(1, workers))))


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSONL file of articles: {id, text | html, published?, title?}")
    parser.add_argument("output", help="JSONL file of documents to write")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786)")
    where.add_argument("--local-workers", type=int, default=2, help="worker processes of a local cluster (default 2)")
    where.add_argument(
        "--local-threads",
        type=int,
        help="tasks side by side in one local worker process: each task's work is a pressfig process of its own, "
        "so threads do on one machine what worker processes do, and start faster",
    )
    parser.add_argument(
        "--blocksize",
        default="auto",
        help="bytes of input per task, e.g. 16MB (default auto: two blocks per worker, at least 4 MB)",
    )
    parser.add_argument(
        "--pressfig",
        default=f"node {shlex.quote(os.path.join(here, '..', 'bin', 'pressfig.js'))}",
        help="command that runs pressfig (default: this checkout's bin/pressfig.js)",
    )
    parser.add_argument("--errors", help="directory for the failures, one JSONL file per pressfig process")
    args = parser.parse_args(argv)

    # imported here so that --help works without Dask
    import dask
    from dask.bytes import read_bytes
    from dask.distributed import Client, LocalCluster
    from dask.utils import parse_bytes

    command = shlex.split(args.pressfig) + ["extract", "--input-format", "jsonl", "--jobs", "1", "--keep-going", "--quiet"]
    if args.errors:
        os.makedirs(args.errors, exist_ok=True)
        command += ["--errors", os.path.abspath(args.errors) + os.sep]
    command.append("-")

    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    elif args.local_threads:
        cluster = LocalCluster(n_workers=1, threads_per_worker=args.local_threads, processes=False, dashboard_address=None)
        client = Client(cluster)
    else:
        cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    output = os.path.abspath(args.output)
    parts_dir = tempfile.mkdtemp(prefix=".pressfig-parts-", dir=os.path.dirname(output))
    try:
        # (a worker's threads each run a task: count them, not the workers)
        workers = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
        size = os.path.getsize(args.input)
        blocksize = auto_blocksize(size, workers) if args.blocksize == "auto" else parse_bytes(args.blocksize)
        # blocks end at line ends: each is read by the worker that runs it
        _, blocks = read_bytes(os.path.abspath(args.input), delimiter=b"\n", blocksize=blocksize, sample=False)
        tasks = [
            dask.delayed(pressfig_block)(block, command, os.path.join(parts_dir, f"part-{i:06d}.jsonl"))
            for i, block in enumerate(blocks[0])
        ]
        futures = client.compute(tasks)
        # OUTPUT is replaced only once every part is done: a failed run leaves it as it was
        joined = os.path.join(parts_dir, "joined.jsonl")
        with open(joined, "wb") as out:
            for future in futures:  # in input order
                with open(future.result(), "rb") as part:
                    shutil.copyfileobj(part, out)
        os.replace(joined, output)
    finally:
        shutil.rmtree(parts_dir, ignore_errors=True)
        client.close()
        if cluster is not None:
            cluster.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

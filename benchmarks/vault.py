"""Vault container throughput and memory against a plain file copy on the same disk.

    python benchmarks/vault.py [--size-mb 200] [--segment-kb 64] [--dir D] [--json F]

Each operation runs in its own subprocess so its peak RSS (ru_maxrss) is its
own; a second run under tracemalloc gives the Python heap peak, which shows
encryption staying flat and decryption costing the plaintext plus one segment.
Throughput is the best of `--repeat` timed runs. Sizes are MiB (2**20 bytes).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
MIB = 1024 * 1024
AAD = b"session:bench-0001|domain:audio"
KEY_ID = bytes(range(16))
# page-cache speed first, then the durable pair (data on disk: fsync), as ingest does
OPERATIONS = (
    "copy",
    "encrypt",
    "read_plain",
    "decrypt",
    "decrypt_stream",
    "copy_fsync",
    "encrypt_atomic_fsync",
)
TARGET_COPY_RATIO = 0.5
ENCRYPT_MEMORY_LIMIT = 64 * MIB


def _write_random_file(path: Path, size: int) -> None:
    chunk = 4 * MIB
    with path.open("wb") as f:
        remaining = size
        while remaining:
            n = min(chunk, remaining)
            f.write(os.urandom(n))
            remaining -= n


def _operation(name: str, work: Path, data_key: bytes, segment_size: int) -> None:
    """Run one operation on the files in `work` (child process only)."""
    from scribe.vault import container

    plain, sealed, out = work / "plain.bin", work / "sealed.sca", work / "out.bin"
    if name == "noop":
        return
    if name == "copy":
        shutil.copyfile(plain, out)
    elif name == "encrypt":
        with plain.open("rb") as src, out.open("wb") as dst:
            container.encrypt(
                src,
                dst,
                data_key=data_key,
                aad=AAD,
                key_id=KEY_ID,
                key_version=1,
                segment_size=segment_size,
            )
    elif name == "copy_fsync":
        shutil.copyfile(plain, out)
        fd = os.open(out, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    elif name == "encrypt_atomic_fsync":
        with plain.open("rb") as src:
            container.encrypt_file_atomic(
                out,
                lambda dst: container.encrypt(
                    src,
                    dst,
                    data_key=data_key,
                    aad=AAD,
                    key_id=KEY_ID,
                    key_version=1,
                    segment_size=segment_size,
                ),
            )
    elif name == "read_plain":
        # the unencrypted way to get a file into memory: decrypt's like-for-like baseline
        with plain.open("rb") as src:
            buffer = bytearray(plain.stat().st_size)
            src.readinto(buffer)
    elif name == "decrypt":
        with sealed.open("rb") as src:
            plaintext = container.decrypt(src, data_key=data_key, aad=AAD)
        if len(plaintext) != plain.stat().st_size:
            raise SystemExit("decrypt returned the wrong size")
    elif name == "decrypt_stream":
        with sealed.open("rb") as src:
            total = sum(
                len(s) for s in container.iter_decrypt(src, data_key=data_key, aad=AAD)
            )
        if total != plain.stat().st_size:
            raise SystemExit("iter_decrypt returned the wrong size")
    else:
        raise SystemExit(f"unknown operation {name!r}")


def _child(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(REPO))
    from scribe.vault import container  # noqa: F401  (import cost is part of the baseline)

    work, data_key = Path(args.work), bytes.fromhex(args.key)
    segment_size = args.segment_kb * 1024
    result: dict[str, Any] = {}
    if args.trace:
        tracemalloc.start()
        _operation(args.child, work, data_key, segment_size)
        result["heap_peak"] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    else:
        # a fresh output file, so no run pays for truncating the previous one
        (work / "out.bin").unlink(missing_ok=True)
        start = time.perf_counter()
        _operation(args.child, work, data_key, segment_size)
        result["seconds"] = time.perf_counter() - start
    # ru_maxrss is KiB on Linux
    result["maxrss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps(result))


def _spawn(
    op: str, work: Path, key: bytes, segment_kb: int, *, trace: bool
) -> dict[str, Any]:
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        op,
        "--work",
        str(work),
        "--key",
        key.hex(),
        "--segment-kb",
        str(segment_kb),
    ]
    if trace:
        cmd.append("--trace")
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode:
        raise SystemExit(f"{op} failed: {proc.stderr.strip().splitlines()[-1:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def run(
    size_mb: int, segment_kb: int, repeat: int, directory: Path | None
) -> dict[str, Any]:
    sys.path.insert(0, str(REPO))
    import cryptography

    from scribe.vault import container

    size = size_mb * MIB
    segment = segment_kb * 1024
    key = os.urandom(32)
    work = Path(tempfile.mkdtemp(prefix="scribe-vault-bench-", dir=directory))
    try:
        _write_random_file(work / "plain.bin", size)
        with (
            (work / "plain.bin").open("rb") as src,
            (work / "sealed.sca").open("wb") as dst,
        ):
            container.encrypt(
                src,
                dst,
                data_key=key,
                aad=AAD,
                key_id=KEY_ID,
                key_version=1,
                segment_size=segment,
            )
        baseline = _spawn("noop", work, key, segment_kb, trace=False)["maxrss"]
        results: dict[str, dict[str, Any]] = {}
        for op in OPERATIONS:
            timed = [
                _spawn(op, work, key, segment_kb, trace=False) for _ in range(repeat)
            ]
            traced = _spawn(op, work, key, segment_kb, trace=True)
            seconds = min(t["seconds"] for t in timed)
            results[op] = {
                "seconds": seconds,
                "mib_per_s": size / MIB / seconds,
                "rss_over_baseline": max(t["maxrss"] for t in timed) - baseline,
                "heap_peak": traced["heap_peak"],
            }
            (work / "out.bin").unlink(missing_ok=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    for op, r in results.items():
        # durable operations compare with the durable copy
        baseline_op = "copy_fsync" if op.endswith("fsync") else "copy"
        r["vs_copy"] = r["mib_per_s"] / results[baseline_op]["mib_per_s"]
    enc, dec = results["encrypt"], results["decrypt"]
    checks = {
        "encrypt_throughput_ge_half_copy": enc["vs_copy"] >= TARGET_COPY_RATIO,
        "decrypt_throughput_ge_half_copy": dec["vs_copy"] >= TARGET_COPY_RATIO,
        "decrypt_ge_half_plain_read_into_memory": dec["mib_per_s"]
        >= TARGET_COPY_RATIO * results["read_plain"]["mib_per_s"],
        "durable_encrypt_ge_half_durable_copy": results["encrypt_atomic_fsync"][
            "vs_copy"
        ]
        >= TARGET_COPY_RATIO,
        "encrypt_memory_under_64mib": enc["heap_peak"] < ENCRYPT_MEMORY_LIMIT
        and enc["rss_over_baseline"] < ENCRYPT_MEMORY_LIMIT,
        # ciphertext buffer = one segment + 16-byte tag; 64 KiB slack for small objects
        "decrypt_heap_le_plaintext_plus_segment": dec["heap_peak"]
        <= size + segment + 16 + 64 * 1024,
    }
    return {
        "size_bytes": size,
        "segment_size": segment,
        "repeat": repeat,
        "directory": str(directory or tempfile.gettempdir()),
        "baseline_rss": baseline,
        "python": platform.python_version(),
        "cryptography": cryptography.__version__,
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs",
        "results": results,
        "checks": checks,
    }


def markdown(report: dict[str, Any]) -> str:
    size_mib = report["size_bytes"] / MIB
    title = (
        f"Vault benchmark: {size_mib:.0f} MiB random file, "
        f"{report['segment_size'] // 1024} KiB segments, best of {report['repeat']}, "
        f"{report['machine']}, Python {report['python']}, "
        f"cryptography {report['cryptography']}; baseline RSS of an idle child "
        f"{report['baseline_rss'] / MIB:.0f} MiB"
    )
    columns = (
        "| operation | MiB/s | vs copy | peak RSS over baseline (MiB) "
        "| Python heap peak (MiB) |"
    )
    lines = [title, "", columns, "|---|---:|---:|---:|---:|"]
    for op, r in report["results"].items():
        lines.append(
            f"| {op} | {r['mib_per_s']:.0f} | {r['vs_copy']:.2f} | "
            f"{r['rss_over_baseline'] / MIB:.1f} | {r['heap_peak'] / MIB:.2f} |"
        )
    lines += ["", "| target | met |", "|---|---|"]
    lines += [
        f"| {name} | {'yes' if ok else 'NO'} |" for name, ok in report["checks"].items()
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=200, help="file size in MiB")
    parser.add_argument(
        "--segment-kb", type=int, default=64, help="segment size in KiB"
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="timed runs per operation"
    )
    parser.add_argument(
        "--dir", type=Path, default=None, help="scratch directory (disk)"
    )
    parser.add_argument("--json", type=Path, default=None, help="write the report here")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    parser.add_argument("--key", help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args)
        return 0
    report = run(args.size_mb, args.segment_kb, args.repeat, args.dir)
    print(markdown(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    return 0 if all(report["checks"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())

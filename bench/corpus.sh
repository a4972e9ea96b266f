#!/usr/bin/env bash
# bench/corpus.sh [DEST] - build the real-code corpora looplint is measured on.
#
# DEST defaults to ${XDG_CACHE_HOME:-$HOME/.cache}/looplint-corpus and must lie outside the
# repository. Three corpora, each rebuilt only when its stamp file is missing or stale:
#   DEST/asyncio/<package>/  asyncio-heavy Debian packages, fetched with `apt-get download`
#                            into DEST/debs and unpacked with `dpkg -x` (never installed);
#                            Python sources only. Versions in DEST/asyncio/VERSIONS.txt.
#   DEST/stdlib/             the python3 standard library, Python files only, without its
#                            site-packages/dist-packages.
#   DEST/site-packages/      python3's purelib/platlib, Python files only (may be empty).
# Needs only apt-get, dpkg-deb, find, tar and (for stdlib/site-packages) python3. apt-get update
# is run, as root or through sudo, only when apt knows no candidate for python3-aiohttp.
set -euo pipefail

ASYNCIO_PACKAGES=(
  python3-aiohttp python3-tornado python3-anyio python3-httpx python3-uvicorn
  python3-starlette python3-websockets python3-twisted python3-trio python3-aiosqlite
  python3-asyncpg python3-zmq python3-aiofiles python3-fastapi
)

warn() { printf 'corpus.sh: warning: %s\n' "$*" >&2; }
die() { printf 'corpus.sh: error: %s\n' "$*" >&2; exit 1; }
note() { printf 'corpus.sh: %s\n' "$*" >&2; }

if [[ $# -gt 1 || ${1:-} == -h || ${1:-} == --help ]]; then
  sed -n '2,13s/^# \{0,1\}//p' "$0"
  exit $(( $# > 1 ? 2 : 0 ))
fi

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
dest_arg=${1:-${XDG_CACHE_HOME:-$HOME/.cache}/looplint-corpus}
[[ -n $dest_arg ]] || die "empty DEST"
DEST=$(realpath -m -- "$dest_arg")
case "$DEST/" in
  "$repo_root"/*) die "DEST ($DEST) is inside the repository ($repo_root); choose a path outside it" ;;
esac
mkdir -p "$DEST"
DEST=$(cd "$DEST" && pwd -P)

# Python files only: regular *.py / *.pyi files stay, everything else (data, .so, symlinks) goes.
prune_to_python() {
  find "$1" -mindepth 1 ! -type d ! \( -type f \( -name '*.py' -o -name '*.pyi' \) \) -delete
  find "$1" -mindepth 1 -type d -empty -delete
}

# Copy the Python files under $1 into $2 (merging), skipping site-packages/dist-packages dirs.
copy_python_tree() {
  local src=$1 dst=$2
  mkdir -p "$dst"
  (cd "$src" && find . \( -name site-packages -o -name dist-packages \) -prune -o \
      -type f \( -name '*.py' -o -name '*.pyi' \) -print0 |
    tar --null --no-recursion -T - -cf -) | tar -xf - -C "$dst"
}

# ---------------------------------------------------------------------------- asyncio corpus
asyncio_dir=$DEST/asyncio
asyncio_stamp=$asyncio_dir/.stamp
asyncio_want=$(printf '%s\n' "${ASYNCIO_PACKAGES[@]}")

candidate_versions() {  # prints "package candidate-version" for each of "$@" apt can fetch
  apt-cache policy "$@" 2>/dev/null |
    awk '/^[^ ]/ { pkg = $1; sub(/:$/, "", pkg) }
         $1 == "Candidate:" && $2 != "(none)" { print pkg, $2 }'
}

newest_deb() {  # prints the newest DEST/debs/$1_*.deb by version, or nothing
  local f best="" best_v="" v
  for f in "$DEST/debs/$1"_*.deb; do
    [[ -f $f ]] || continue
    v=$(dpkg-deb -f "$f" Version)
    if [[ -z $best ]] || dpkg --compare-versions "$v" gt "$best_v"; then
      best=$f best_v=$v
    fi
  done
  printf '%s' "$best"
}

build_asyncio() {
  local missing=() pkg ver deb fver arch dir
  if ! command -v apt-get >/dev/null || ! command -v dpkg-deb >/dev/null; then
    warn "apt-get/dpkg-deb not found: skipping the asyncio corpus"
    return 0
  fi
  mkdir -p "$DEST/debs" "$asyncio_dir"

  if [[ -z $(candidate_versions python3-aiohttp) ]]; then
    note "apt knows no candidate for python3-aiohttp: running apt-get update"
    if [[ $(id -u) -eq 0 ]]; then
      apt-get update -qq || warn "apt-get update failed"
    elif command -v sudo >/dev/null; then
      sudo apt-get update -qq || warn "sudo apt-get update failed"
    else
      warn "not root and no sudo: cannot run apt-get update"
    fi
  fi

  # As root, apt would try to drop to its sandbox user, which cannot write DEST/debs under
  # a private home, and then complain before downloading as root anyway.
  local apt_opts=(-q)
  if [[ $(id -u) -eq 0 ]]; then apt_opts+=(-o APT::Sandbox::User=root); fi
  arch=$(dpkg --print-architecture)
  local -A candidate=()
  while read -r pkg ver; do
    candidate[$pkg]=$ver
  done < <(candidate_versions "${ASYNCIO_PACKAGES[@]}")

  for pkg in "${ASYNCIO_PACKAGES[@]}"; do
    ver=${candidate[$pkg]:-}
    deb=""
    if [[ -n $ver ]]; then
      fver=${ver//:/%3a}
      for deb in "$DEST/debs/${pkg}_${fver}_${arch}.deb" "$DEST/debs/${pkg}_${fver}_all.deb"; do
        [[ -f $deb ]] && break
        deb=""
      done
      if [[ -z $deb ]]; then
        note "downloading $pkg $ver"
        (cd "$DEST/debs" && apt-get "${apt_opts[@]}" download "$pkg=$ver" >/dev/null) ||
          warn "apt-get download $pkg=$ver failed"
      fi
    fi
    deb=$(newest_deb "$pkg")
    if [[ -z $deb ]]; then
      warn "$pkg could not be downloaded (not in the archive?); skipping it"
      missing+=("$pkg")
      continue
    fi
    dir=$asyncio_dir/$pkg
    if [[ -f $dir/.deb && $(<"$dir/.deb") == "$(basename "$deb")" ]]; then
      continue  # already unpacked from this very .deb
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    dpkg -x "$deb" "$dir"
    prune_to_python "$dir"
    basename "$deb" >"$dir/.deb"
  done

  # Drop packages no longer in the list, then record what is there.
  for dir in "$asyncio_dir"/*/; do
    [[ -d $dir ]] || continue
    pkg=$(basename "$dir")
    grep -qxF "$pkg" <<<"$asyncio_want" || { note "removing stale $pkg"; rm -rf "$dir"; }
  done
  : >"$asyncio_dir/VERSIONS.txt"
  for pkg in "${ASYNCIO_PACKAGES[@]}"; do
    [[ -f $asyncio_dir/$pkg/.deb ]] || continue
    printf '%s %s\n' "$pkg" "$(dpkg-deb -f "$DEST/debs/$(<"$asyncio_dir/$pkg/.deb")" Version)" \
      >>"$asyncio_dir/VERSIONS.txt"
  done

  if [[ ${#missing[@]} -eq 0 ]]; then
    printf '%s\n' "$asyncio_want" >"$asyncio_stamp"
  else
    rm -f "$asyncio_stamp"
    warn "missing from the asyncio corpus: ${missing[*]} (retried on the next run)"
  fi
}

if [[ -f $asyncio_stamp && $(<"$asyncio_stamp") == "$asyncio_want" ]]; then
  note "asyncio: up to date"
else
  note "asyncio: building"
  build_asyncio
fi

# ------------------------------------------------------------------ stdlib and site-packages
python=$(command -v python3 || true)
if [[ -z $python ]]; then
  warn "python3 not found: skipping the stdlib and site-packages corpora"
else
  # One line each: version, stdlib, purelib, platlib.
  mapfile -t pyinfo < <("$python" -c '
import sys, sysconfig
p = sysconfig.get_paths()
print(sys.version.split()[0]); print(p["stdlib"]); print(p["purelib"]); print(p["platlib"])')
  [[ ${#pyinfo[@]} -eq 4 ]] || die "could not ask $python for its paths"
  py_version=${pyinfo[0]} stdlib_src=${pyinfo[1]} purelib=${pyinfo[2]} platlib=${pyinfo[3]}

  stdlib_stamp=$DEST/stdlib/.stamp
  stdlib_want="python $py_version stdlib $stdlib_src"
  if [[ -f $stdlib_stamp && $(<"$stdlib_stamp") == "$stdlib_want" ]]; then
    note "stdlib: up to date"
  elif [[ ! -d $stdlib_src ]]; then
    warn "stdlib directory $stdlib_src not found: skipping the stdlib corpus"
  else
    note "stdlib: copying $stdlib_src (python $py_version)"
    rm -rf "$DEST/stdlib"
    copy_python_tree "$stdlib_src" "$DEST/stdlib"
    printf '%s\n' "$stdlib_want" >"$stdlib_stamp"
  fi

  # site-packages changes whenever something is installed: the stamp also records the
  # top-level entries with their modification times (cheap to list, catches installs).
  site_dirs=("$purelib")
  if [[ $platlib != "$purelib" ]]; then site_dirs+=("$platlib"); fi
  site_stamp=$DEST/site-packages/.stamp
  site_want=$(
    printf 'python %s\n' "$py_version"
    for d in "${site_dirs[@]}"; do
      printf 'dir %s\n' "$d"
      if [[ -d $d ]]; then
        find "$d" -mindepth 1 -maxdepth 1 -printf '%f %T@\n' | LC_ALL=C sort
      fi
    done
  )
  if [[ -f $site_stamp && $(<"$site_stamp") == "$site_want" ]]; then
    note "site-packages: up to date"
  else
    note "site-packages: copying ${site_dirs[*]}"
    rm -rf "$DEST/site-packages"
    mkdir -p "$DEST/site-packages"
    for d in "${site_dirs[@]}"; do
      if [[ -d $d ]]; then copy_python_tree "$d" "$DEST/site-packages"; fi
    done
    printf '%s\n' "$site_want" >"$site_stamp"
  fi
fi

# ------------------------------------------------------------------------------- summary
count_py() { find "$1" -type f -name '*.py' | wc -l; }
count_bytes() { find "$1" -type f \( -name '*.py' -o -name '*.pyi' \) -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'; }

echo "corpus $DEST"
printf '%-28s %-22s %7s %12s\n' corpus version .py bytes
if [[ -f $asyncio_dir/VERSIONS.txt ]]; then
  while read -r pkg ver; do
    printf '  %-26s %-22s %7d %12d\n' "$pkg" "$ver" "$(count_py "$asyncio_dir/$pkg")" \
      "$(count_bytes "$asyncio_dir/$pkg")"
  done <"$asyncio_dir/VERSIONS.txt"
fi
for c in asyncio stdlib site-packages; do
  if [[ -d $DEST/$c ]]; then
    printf '%-28s %-22s %7d %12d\n' "$c" "" "$(count_py "$DEST/$c")" "$(count_bytes "$DEST/$c")"
  else
    printf '%-28s %-22s %7s %12s\n' "$c" "(absent)" - -
  fi
done

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Follows CONTRIBUTING.md "Adding a protocol" on a scratch copy of core/, adding a TCP Echo probe (RFC 862), and
# proves that the compiler stops a change that leaves out a step:
#   the enum value alone                 -> probefactory.cpp: the switch misses a case (-Werror=switch)
#   the enum value and kProtocolCount    -> vocabulary.h: the static_assert on kProtocolTraits
#   the row without kProtocolCount       -> vocabulary.h: too many initializers
#   every step but the factory case      -> probefactory.cpp: the switch misses a case
#   the four steps                       -> compiles
# Each variant compiles vocabulary.cpp and probefactory.cpp with the build's own command (-fsyntax-only).
#   testprotocolrecipe.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
export LC_ALL=C # the compiler's messages in ASCII, as the patterns below expect
src=$(cd "$1" && pwd)
build=$(cd "$2" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

command -v ninja >/dev/null || fail "needs ninja (the build's compile commands are read with ninja -t commands)"
# The compile command of a core source file, minus the launcher, its outputs and its source.
commands=$(ninja -C "$build" -t commands tpready_core)
compile_command() { # SOURCE (relative to the source tree)
    local line
    line=$(grep -F -- "-c $src/$1" <<<"$commands" | head -n 1)
    [ -n "$line" ] || fail "no compile command for $1 in $build"
    line=${line#ccache }
    sed -E 's/ -MD -MT [^ ]+ -MF [^ ]+//; s/ -o [^ ]+ -c [^ ]+$//' <<<"$line"
}
vocabulary_cmd=$(compile_command core/catalog/vocabulary.cpp)
factory_cmd=$(compile_command core/probes/probefactory.cpp)

# compiles TREE: 0 when both translation units compile; their messages go to TREE/log.
compiles() {
    local tree=$1 status=0
    for pair in "vocabulary_cmd:core/catalog/vocabulary.cpp" "factory_cmd:core/probes/probefactory.cpp"; do
        local var=${pair%%:*} file=${pair#*:}
        # The scratch tree comes first on the include path, so "core/..." includes resolve there.
        eval "${!var/ -I/ -I$tree -I} -fsyntax-only -c $tree/$file" >>"$tree/log" 2>&1 || status=1
    done
    return $status
}

fresh_tree() { # NAME: a scratch copy of core/
    rm -rf "${tmp:?}/$1"
    mkdir -p "$tmp/$1"
    cp -r "$src/core" "$tmp/$1/"
    : >"$tmp/$1/log"
    printf '%s' "$tmp/$1"
}

# The four steps, as a contributor makes them.
step_enum() {
    sed -i 's/^    Wss,$/    Wss,\n    Echo,/' "$1/core/catalog/vocabulary.h"
    grep -q '^    Echo,$' "$1/core/catalog/vocabulary.h" || fail "step 1 did not apply"
}
step_count() {
    sed -i 's/static_cast<std::size_t>(Protocol::Wss) + 1;/static_cast<std::size_t>(Protocol::Echo) + 1;/' \
        "$1/core/catalog/vocabulary.h"
    grep -q 'Protocol::Echo) + 1;' "$1/core/catalog/vocabulary.h" || fail "the count step did not apply"
}
step_row() {
    sed -i 's/^\(    {Protocol::Wss, u"wss", .*}\),$/\1,\n    {Protocol::Echo, u"echo", ProtocolFamily::Tcp, true, IpTransport::Tcp, u"Echo"},/' \
        "$1/core/catalog/vocabulary.h"
    grep -q 'Protocol::Echo, u"echo"' "$1/core/catalog/vocabulary.h" || fail "step 2 did not apply"
}
step_class() {
    cat >"$1/core/probes/echoprobe.h" <<'CLASS'
#pragma once

#include <QTcpSocket>

#include "streamprobe.h"

namespace tpready {

/// TCP Echo (RFC 862): the bytes sent come back unchanged.
class EchoProbe final : public StreamProbe
{
public:
    using StreamProbe::StreamProbe;

protected:
    void onConnected() override { socket()->write(kPing); }
    void onReadyRead() override
    {
        m_received += socket()->read(kMaxRead);
        if (m_received.size() < kPing.size())
            return;
        if (m_received.startsWith(kPing))
            finish(result(Verdict::Pass, Reason::Ok, QStringLiteral("the server echoed our bytes")));
        else
            finish(result(Verdict::Fail, Reason::WrongService, QStringLiteral("the server answered other bytes")));
    }
    ProbeResult silentResult() override
    {
        return result(Verdict::Fail, Reason::Timeout, QStringLiteral("the server accepted but echoed nothing"));
    }

private:
    inline static const QByteArray kPing = QByteArrayLiteral("tpready echo\r\n");
    QByteArray m_received;
};

} // namespace tpready
CLASS
    sed -i 's|#include "core/probes/wssprobe.h"|#include "core/probes/echoprobe.h"\n#include "core/probes/wssprobe.h"|' \
        "$1/core/probes/probefactory.cpp"
}
step_factory() {
    sed -i 's/^    case Protocol::Wss:$/    case Protocol::Echo:\n        return new EchoProbe(target, config, parent);\n    case Protocol::Wss:/' \
        "$1/core/probes/probefactory.cpp"
    grep -q 'new EchoProbe' "$1/core/probes/probefactory.cpp" || fail "step 4 did not apply"
}

# expect_error TREE PATTERN WHAT: the tree must not compile, with PATTERN among the messages.
expect_error() {
    if compiles "$1"; then
        fail "$3: compiled"
    fi
    grep -qE "$2" "$1/log" || { cat "$1/log" >&2; fail "$3: not stopped by the expected error ($2)"; }
    echo "ok: $3 does not compile ($(grep -m1 -oE "$2" "$1/log"))"
}

tree=$(fresh_tree unchanged)
compiles "$tree" || { cat "$tree/log" >&2; fail "the unchanged tree does not compile"; }
echo "ok: the unchanged tree compiles"

tree=$(fresh_tree enum-only)
step_enum "$tree"
expect_error "$tree" "enumeration value 'Echo' not handled in switch" "the enum value alone"

tree=$(fresh_tree no-row)
step_enum "$tree"
step_count "$tree"
expect_error "$tree" "static assertion failed: kProtocolTraits needs one row per Protocol" "the enum value without its row"

tree=$(fresh_tree no-count)
step_enum "$tree"
step_row "$tree"
expect_error "$tree" "too many initializers" "the row without kProtocolCount"

tree=$(fresh_tree no-factory)
step_enum "$tree"
step_count "$tree"
step_row "$tree"
step_class "$tree"
expect_error "$tree" "enumeration value 'Echo' not handled in switch" "every step but the factory case"

tree=$(fresh_tree recipe)
step_enum "$tree"
step_count "$tree"
step_row "$tree"
step_class "$tree"
step_factory "$tree"
compiles "$tree" || { cat "$tree/log" >&2; fail "the four steps do not compile"; }
echo "PASS: the four steps compile; leaving out any one of them stops the build"

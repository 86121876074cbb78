// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace pare::core {

// glibc's malloc serves large blocks — a 7B model layer's float copies, hundreds of MB each —
// from fresh mappings, faulted in and zeroed 4 KB at a time on every allocation: compressing a
// 7B model spent more time in the kernel than computing. Its tunable glibc.malloc.hugetlb=1
// advises those mappings as transparent huge pages (512 times fewer faults). Tunables are read
// when a process starts, so a program sets it by starting itself again.

// GLIBC_TUNABLES with glibc.malloc.hugetlb=1 added to `current` (a colon-separated list); empty
// when `current` already names that tunable, whatever its value: a choice made outside stands.
QByteArray tunablesWithHugePageMalloc(const QByteArray &current);

// Whether this process was started with glibc.malloc.hugetlb=1.
bool hugePageMallocActive();

// Replaces the process with itself — the same executable and arguments — with
// glibc.malloc.hugetlb=1 added, where that helps: Linux with glibc 2.35 or later, transparent
// huge pages not disabled, no sanitizer (it brings its own allocator), PARE_HUGEPAGE_MALLOC
// not "0", and the tunable not named yet. Returns only when it does not (or exec fails). Call it
// first in main(), before any thread or file is opened.
void restartWithHugePageMalloc(char **argv);

} // namespace pare::core

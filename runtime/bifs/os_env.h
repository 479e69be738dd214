// The process environment (environ) is shared by every scheduler thread, and
// the C library's getenv() is not safe against a concurrent setenv() or
// unsetenv() (either may reallocate environ). os:getenv/1, os:env/0 (and
// anything else that only reads environ, such as building a spawned
// program's environment) hold this lock shared; os:putenv/2, os:unsetenv/1
// hold it exclusively. C library time zone conversions (localtime_r, mktime)
// read TZ and update glibc's tzset state under an internal lock that
// ThreadSanitizer cannot see: they hold it exclusively.
#pragma once

#include "absl/synchronization/mutex.h"

namespace beamline {

absl::Mutex& os_env_mutex();

}  // namespace beamline

// erlang module: tuples, list operators, the process dictionary,
// references, unique integers, time, module and fun introspection, and the
// lists module's native functions.
#include <atomic>
#include <chrono>
#include <ctime>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "platform/threads.h"
#include "runtime/bifs/bif.h"
#include "runtime/bifs/erlang_gc.h"
#include "runtime/bifs/os_env.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/term/compare.h"
#include "runtime/term/number.h"
#include "runtime/vm/vm.h"

namespace beamline {
namespace {

// ---- lists ---------------------------------------------------------------------

Term bif_length(Process* p, const Term* args) {
  Sint n = list_length(args[0]);
  if (n < 0) return raise_badarg(p);
  return make_small(n);
}

Term bif_hd(Process* p, const Term* args) {
  if (!is_list(args[0])) return raise_badarg(p);
  return car(args[0]);
}

Term bif_tl(Process* p, const Term* args) {
  if (!is_list(args[0])) return raise_badarg(p);
  return cdr(args[0]);
}

// A ++ B: copies A's cells (A must be a proper list).
Term bif_append(Process* p, const Term* a) {
  Sint n = list_length(a[0]);
  if (n < 0) return raise_badarg(p);
  if (n == 0) return a[1];
  Term* cells = p->alloc(2 * size_t(n));
  Term l = a[0];
  for (Sint i = 0; i < n; i++, l = cdr(l)) {
    cells[2 * i] = car(l);
    cells[2 * i + 1] = i + 1 < n ? make_list(cells + 2 * (i + 1)) : a[1];
  }
  return make_list(cells);
}

// A -- B: removes the first occurrence in A of each element of B.
Term bif_subtract(Process* p, const Term* a) {
  Sint na = list_length(a[0]);
  Sint nb = list_length(a[1]);
  if (na < 0 || nb < 0) return raise_badarg(p);
  if (na == 0 || nb == 0) return a[0];
  std::vector<Term> elems;
  elems.reserve(size_t(na));
  for (Term l = a[0]; is_list(l); l = cdr(l)) elems.push_back(car(l));
  std::vector<bool> removed(elems.size(), false);
  for (Term l = a[1]; is_list(l); l = cdr(l)) {
    Term x = car(l);
    for (size_t i = 0; i < elems.size(); i++) {
      if (!removed[i] && (elems[i] == x || eq_exact(elems[i], x))) {
        removed[i] = true;
        break;
      }
    }
  }
  std::vector<Term> kept;
  for (size_t i = 0; i < elems.size(); i++) {
    if (!removed[i]) kept.push_back(elems[i]);
  }
  return make_list_from(*p, kept.data(), kept.size());
}

Term bif_lists_reverse_2(Process* p, const Term* a) {
  Sint n = list_length(a[0]);
  if (n < 0) return raise_badarg(p);
  Term acc = a[1];
  if (n == 0) return acc;
  Term* cells = p->alloc(2 * size_t(n));
  Sint i = 0;
  for (Term l = a[0]; is_list(l); l = cdr(l), i++) {
    cells[2 * i] = car(l);
    cells[2 * i + 1] = acc;
    acc = make_list(cells + 2 * i);
  }
  return acc;
}

Term bif_lists_member(Process* p, const Term* a) {
  Term l = a[1];
  for (; is_list(l); l = cdr(l)) {
    Term h = car(l);
    if (h == a[0] || eq_exact(h, a[0])) return atom::true_;
  }
  if (!is_nil(l)) return raise_badarg(p);
  return atom::false_;
}

// Finds the first tuple in `list` whose element `pos` equals `key` (==).
// Returns NON_VALUE with *bad set when the arguments are malformed.
Term keyfind(Term key, Term pos, Term list, bool* bad) {
  *bad = false;
  if (!is_small(pos) || small_value(pos) < 1) {
    *bad = true;
    return NON_VALUE;
  }
  Uint n = Uint(small_value(pos));
  Term l = list;
  for (; is_list(l); l = cdr(l)) {
    Term t = car(l);
    if (is_tuple(t) && tuple_arity(t) >= n) {
      Term e = tuple_elems(t)[n - 1];
      if (e == key || eq(e, key)) return t;
    }
  }
  if (!is_nil(l)) *bad = true;
  return NON_VALUE;
}

Term bif_lists_keyfind(Process* p, const Term* a) {
  bool bad;
  Term t = keyfind(a[0], a[1], a[2], &bad);
  if (bad) return raise_badarg(p);
  return t == NON_VALUE ? atom::false_ : t;
}

Term bif_lists_keymember(Process* p, const Term* a) {
  bool bad;
  Term t = keyfind(a[0], a[1], a[2], &bad);
  if (bad) return raise_badarg(p);
  return make_bool(t != NON_VALUE);
}

Term bif_lists_keysearch(Process* p, const Term* a) {
  bool bad;
  Term t = keyfind(a[0], a[1], a[2], &bad);
  if (bad) return raise_badarg(p);
  if (t == NON_VALUE) return atom::false_;
  static const Term value = atom_from("value");
  return make_tuple(*p, {value, t});
}

// ---- tuples -------------------------------------------------------------------

Term bif_tuple_size(Process* p, const Term* args) {
  if (!is_tuple(args[0])) return raise_badarg(p);
  return make_small(Sint(tuple_arity(args[0])));
}

Term bif_size(Process* p, const Term* args) {
  if (is_tuple(args[0])) return make_small(Sint(tuple_arity(args[0])));
  BitView v;
  if (bit_view(args[0], &v)) return make_small(Sint(v.bit_size / 8));
  return raise_badarg(p);
}

Term bif_element(Process* p, const Term* args) {
  if (!is_small(args[0]) || !is_tuple(args[1])) return raise_badarg(p);
  Sint i = small_value(args[0]);
  if (i < 1 || Uint(i) > tuple_arity(args[1])) return raise_badarg(p);
  return tuple_elems(args[1])[i - 1];
}

Term bif_setelement(Process* p, const Term* a) {
  if (!is_small(a[0]) || !is_tuple(a[1])) return raise_badarg(p);
  Sint i = small_value(a[0]);
  Uint n = tuple_arity(a[1]);
  if (i < 1 || Uint(i) > n) return raise_badarg(p);
  Term* out;
  Term t = make_tuple_n(*p, n, &out);
  std::copy(tuple_elems(a[1]), tuple_elems(a[1]) + n, out);
  out[i - 1] = a[2];
  return t;
}

Term bif_make_tuple_2(Process* p, const Term* a) {
  if (!is_small(a[0]) || small_value(a[0]) < 0) return raise_badarg(p);
  Sint n = small_value(a[0]);
  if (n > (1 << 24)) return raise_system_limit(p);
  Term* out;
  Term t = make_tuple_n(*p, size_t(n), &out);
  for (Sint i = 0; i < n; i++) out[i] = a[1];
  return t;
}

Term bif_make_tuple_3(Process* p, const Term* a) {
  if (!is_small(a[0]) || small_value(a[0]) < 0 || list_length(a[2]) < 0) {
    return raise_badarg(p);
  }
  Sint n = small_value(a[0]);
  if (n > (1 << 24)) return raise_system_limit(p);
  for (Term l = a[2]; is_list(l); l = cdr(l)) {
    Term init = car(l);
    if (!is_tuple(init) || tuple_arity(init) != 2) return raise_badarg(p);
    Term pos = tuple_elems(init)[0];
    if (!is_small(pos) || small_value(pos) < 1 || small_value(pos) > n) {
      return raise_badarg(p);
    }
  }
  Term* out;
  Term t = make_tuple_n(*p, size_t(n), &out);
  for (Sint i = 0; i < n; i++) out[i] = a[1];
  for (Term l = a[2]; is_list(l); l = cdr(l)) {
    Term init = car(l);
    out[small_value(tuple_elems(init)[0]) - 1] = tuple_elems(init)[1];
  }
  return t;
}

Term bif_append_element(Process* p, const Term* a) {
  if (!is_tuple(a[0])) return raise_badarg(p);
  Uint n = tuple_arity(a[0]);
  Term* out;
  Term t = make_tuple_n(*p, n + 1, &out);
  std::copy(tuple_elems(a[0]), tuple_elems(a[0]) + n, out);
  out[n] = a[1];
  return t;
}

Term bif_delete_element(Process* p, const Term* a) {
  if (!is_small(a[0]) || !is_tuple(a[1])) return raise_badarg(p);
  Sint i = small_value(a[0]);
  Uint n = tuple_arity(a[1]);
  if (i < 1 || Uint(i) > n) return raise_badarg(p);
  Term* out;
  Term t = make_tuple_n(*p, n - 1, &out);
  Term* in = tuple_elems(a[1]);
  for (Uint k = 0, j = 0; k < n; k++) {
    if (k != Uint(i - 1)) out[j++] = in[k];
  }
  return t;
}

Term bif_insert_element(Process* p, const Term* a) {
  if (!is_small(a[0]) || !is_tuple(a[1])) return raise_badarg(p);
  Sint i = small_value(a[0]);
  Uint n = tuple_arity(a[1]);
  if (i < 1 || Uint(i) > n + 1) return raise_badarg(p);
  Term* out;
  Term t = make_tuple_n(*p, n + 1, &out);
  Term* in = tuple_elems(a[1]);
  for (Uint k = 0, j = 0; k < n + 1; k++) {
    out[k] = k == Uint(i - 1) ? a[2] : in[j++];
  }
  return t;
}

Term bif_tuple_to_list(Process* p, const Term* a) {
  if (!is_tuple(a[0])) return raise_badarg(p);
  return make_list_from(*p, tuple_elems(a[0]), tuple_arity(a[0]));
}

Term bif_list_to_tuple(Process* p, const Term* a) {
  Sint n = list_length(a[0]);
  if (n < 0) return raise_badarg(p);
  Term* out;
  Term t = make_tuple_n(*p, size_t(n), &out);
  for (Term l = a[0]; is_list(l); l = cdr(l)) *out++ = car(l);
  return t;
}

// ---- process dictionary -----------------------------------------------------------
// Stored as a list of {Key, Value} on the process heap, newest first.

Term* dict_find(Process* p, Term key) {
  for (Term l = p->dictionary; is_list(l); l = cdr(l)) {
    Term kv = car(l);
    Term k = tuple_elems(kv)[0];
    if (k == key || eq_exact(k, key)) return list_val(l);
  }
  return nullptr;
}

Term dict_without(Process* p, Term key) {
  std::vector<Term> kept;
  for (Term l = p->dictionary; is_list(l); l = cdr(l)) {
    Term k = tuple_elems(car(l))[0];
    if (!(k == key || eq_exact(k, key))) kept.push_back(car(l));
  }
  return make_list_from(*p, kept.data(), kept.size());
}

Term bif_put(Process* p, const Term* a) {
  Term old = atom::undefined;
  if (Term* cell = dict_find(p, a[0])) {
    old = tuple_elems(cell[0])[1];
    p->dictionary = dict_without(p, a[0]);
  }
  Term kv = make_tuple(*p, {a[0], a[1]});
  Term* cell = p->alloc(2);
  cell[0] = kv;
  cell[1] = p->dictionary;
  p->dictionary = make_list(cell);
  return old;
}

Term bif_get_1(Process* p, const Term* a) {
  Term* cell = dict_find(p, a[0]);
  return cell ? tuple_elems(cell[0])[1] : atom::undefined;
}

Term bif_get_0(Process* p, const Term*) {
  std::vector<Term> items;
  for (Term l = p->dictionary; is_list(l); l = cdr(l)) items.push_back(car(l));
  return make_list_from(*p, items.data(), items.size());
}

Term bif_erase_1(Process* p, const Term* a) {
  Term* cell = dict_find(p, a[0]);
  if (!cell) return atom::undefined;
  Term old = tuple_elems(cell[0])[1];
  p->dictionary = dict_without(p, a[0]);
  return old;
}

Term bif_erase_0(Process* p, const Term*) {
  Term old = bif_get_0(p, nullptr);
  p->dictionary = NIL;
  return old;
}

Term bif_get_keys_0(Process* p, const Term*) {
  std::vector<Term> keys;
  for (Term l = p->dictionary; is_list(l); l = cdr(l)) {
    keys.push_back(tuple_elems(car(l))[0]);
  }
  return make_list_from(*p, keys.data(), keys.size());
}

Term bif_get_keys_1(Process* p, const Term* a) {
  std::vector<Term> keys;
  for (Term l = p->dictionary; is_list(l); l = cdr(l)) {
    Term v = tuple_elems(car(l))[1];
    if (v == a[0] || eq_exact(v, a[0])) keys.push_back(tuple_elems(car(l))[0]);
  }
  return make_list_from(*p, keys.data(), keys.size());
}

// ---- references, nodes, unique integers, time --------------------------------------

Term bif_make_ref(Process* p, const Term*) {
  return make_ref(*p, p->vm()->next_unique());
}

Term nonode() {
  static const Term a = atom_from("nonode@nohost");
  return a;
}

Term bif_node_0(Process*, const Term*) { return nonode(); }
Term bif_node_1(Process* p, const Term* a) {
  if (!is_pid(a[0]) && !is_port(a[0]) && !is_ref(a[0])) return raise_badarg(p);
  return nonode();
}
Term bif_nodes_0(Process*, const Term*) { return NIL; }
Term bif_is_alive(Process*, const Term*) { return atom::false_; }

Term bif_unique_integer_0(Process* p, const Term*) {
  return make_integer(*p, int64_t(p->vm()->next_unique()) - (int64_t(1) << 59));
}

Term bif_unique_integer_1(Process* p, const Term* a) {
  static const Term kMonotonic = atom_from("monotonic");
  bool positive = false;
  for (Term l = a[0]; is_list(l); l = cdr(l)) {
    if (car(l) == atom::positive) positive = true;
    else if (car(l) != kMonotonic) return raise_badarg(p);
  }
  if (list_length(a[0]) < 0) return raise_badarg(p);
  int64_t u = int64_t(p->vm()->next_unique());
  return make_integer(*p, positive ? u : u - (int64_t(1) << 59));
}

// Converts native time units (nanoseconds here, as on BEAM's Linux builds)
// to the unit named by `unit`. Returns false for an unknown unit.
bool convert_time(int64_t ns, Term unit, int64_t* out) {
  static const Term second = atom_from("second");
  static const Term millisecond = atom_from("millisecond");
  static const Term microsecond = atom_from("microsecond");
  static const Term nanosecond = atom_from("nanosecond");
  static const Term native = atom::native;
  static const Term seconds = atom_from("seconds");
  static const Term milli_seconds = atom_from("milli_seconds");
  static const Term micro_seconds = atom_from("micro_seconds");
  static const Term nano_seconds = atom_from("nano_seconds");
  static const Term perf_counter = atom_from("perf_counter");
  auto floor_div = [](int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
  };
  if (unit == second || unit == seconds) *out = floor_div(ns, 1000000000);
  else if (unit == millisecond || unit == milli_seconds) *out = floor_div(ns, 1000000);
  else if (unit == microsecond || unit == micro_seconds) *out = floor_div(ns, 1000);
  else if (unit == nanosecond || unit == nano_seconds || unit == native ||
           unit == perf_counter) *out = ns;
  else if (is_small(unit) && small_value(unit) > 0) {
    *out = int64_t((__int128)ns * small_value(unit) / 1000000000);
  } else {
    return false;
  }
  return true;
}

int64_t system_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

int64_t monotonic_ns(Process* p) { return p->vm()->monotonic_us() * 1000; }

Term bif_monotonic_time_0(Process* p, const Term*) {
  return make_integer(*p, monotonic_ns(p));
}
Term bif_monotonic_time_1(Process* p, const Term* a) {
  int64_t v;
  if (!convert_time(monotonic_ns(p), a[0], &v)) return raise_badarg(p);
  return make_integer(*p, v);
}
Term bif_system_time_0(Process* p, const Term*) {
  return make_integer(*p, system_ns());
}
Term bif_system_time_1(Process* p, const Term* a) {
  int64_t v;
  if (!convert_time(system_ns(), a[0], &v)) return raise_badarg(p);
  return make_integer(*p, v);
}
Term bif_time_offset_0(Process* p, const Term*) {
  return make_integer(*p, system_ns() - monotonic_ns(p));
}
Term bif_convert_time_unit(Process* p, const Term* a) {
  // Time, FromUnit, ToUnit
  int64_t t;
  if (!is_integer(a[0]) || !integer_to_int64(a[0], &t)) return raise_badarg(p);
  int64_t one_from;
  if (!convert_time(1000000000, a[1], &one_from) || one_from <= 0) {
    return raise_badarg(p);
  }
  int64_t one_to;
  if (!convert_time(1000000000, a[2], &one_to) || one_to <= 0) {
    return raise_badarg(p);
  }
  __int128 v = (__int128)t * one_to;
  __int128 q = v / one_from;
  if (v % one_from != 0 && v < 0) q--;
  return make_integer(*p, int64_t(q));
}

Term timestamp_tuple(Process* p, int64_t us) {
  return make_tuple(*p, {make_small(us / 1000000000000),
                         make_small((us / 1000000) % 1000000),
                         make_small(us % 1000000)});
}
Term bif_timestamp(Process* p, const Term*) {
  return timestamp_tuple(p, system_ns() / 1000);
}
Term bif_now(Process* p, const Term*) {
  // erlang:now/0 is strictly increasing.
  static std::atomic<int64_t> last{0};
  int64_t us = system_ns() / 1000;
  int64_t prev = last.load();
  while (true) {
    int64_t next = us > prev ? us : prev + 1;
    if (last.compare_exchange_weak(prev, next)) {
      us = next;
      break;
    }
  }
  return timestamp_tuple(p, us);
}

Term date_time(Process* p, bool local, bool want_date, bool want_time) {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  if (local) {
    absl::MutexLock lock(&os_env_mutex());  // TZ, tzset state: os_env.h
    localtime_r(&t, &tm);
  } else {
    gmtime_r(&t, &tm);
  }
  Term date = make_tuple(*p, {make_small(tm.tm_year + 1900),
                              make_small(tm.tm_mon + 1), make_small(tm.tm_mday)});
  Term time = make_tuple(*p, {make_small(tm.tm_hour), make_small(tm.tm_min),
                              make_small(tm.tm_sec)});
  if (want_date && want_time) return make_tuple(*p, {date, time});
  return want_date ? date : time;
}
Term bif_date(Process* p, const Term*) { return date_time(p, true, true, false); }
Term bif_time(Process* p, const Term*) { return date_time(p, true, false, true); }
Term bif_localtime(Process* p, const Term*) { return date_time(p, true, true, true); }
Term bif_universaltime(Process* p, const Term*) {
  return date_time(p, false, true, true);
}

// {{Y,M,D},{H,Mi,S}} <-> struct tm; false if malformed.
bool datetime_to_tm(Term dt, std::tm* tm) {
  if (!is_tuple(dt) || tuple_arity(dt) != 2) return false;
  Term d = tuple_elems(dt)[0], t = tuple_elems(dt)[1];
  if (!is_tuple(d) || tuple_arity(d) != 3 || !is_tuple(t) || tuple_arity(t) != 3) {
    return false;
  }
  Sint v[6];
  for (int i = 0; i < 3; i++) {
    Term a = tuple_elems(d)[i], b = tuple_elems(t)[i];
    if (!is_small(a) || !is_small(b)) return false;
    v[i] = small_value(a);
    v[3 + i] = small_value(b);
  }
  if (v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > 31 || v[3] < 0 || v[3] > 23 ||
      v[4] < 0 || v[4] > 59 || v[5] < 0 || v[5] > 59) {
    return false;
  }
  *tm = std::tm{};
  tm->tm_year = int(v[0] - 1900);
  tm->tm_mon = int(v[1] - 1);
  tm->tm_mday = int(v[2]);
  tm->tm_hour = int(v[3]);
  tm->tm_min = int(v[4]);
  tm->tm_sec = int(v[5]);
  tm->tm_isdst = -1;
  return true;
}

Term tm_to_datetime(Process* p, const std::tm& tm) {
  Term date = make_tuple(*p, {make_small(tm.tm_year + 1900), make_small(tm.tm_mon + 1),
                              make_small(tm.tm_mday)});
  Term time = make_tuple(*p, {make_small(tm.tm_hour), make_small(tm.tm_min),
                              make_small(tm.tm_sec)});
  return make_tuple(*p, {date, time});
}

Term bif_universaltime_to_localtime(Process* p, const Term* a) {
  std::tm tm;
  if (!datetime_to_tm(a[0], &tm)) return raise_badarg(p);
  std::time_t t = timegm(&tm);
  std::tm local{};
  {
    absl::MutexLock lock(&os_env_mutex());  // TZ, tzset state: os_env.h
    localtime_r(&t, &local);
  }
  return tm_to_datetime(p, local);
}

Term bif_localtime_to_universaltime(Process* p, const Term* a) {
  std::tm tm;
  if (!datetime_to_tm(a[0], &tm)) return raise_badarg(p);
  std::time_t t;
  {
    absl::MutexLock lock(&os_env_mutex());  // TZ, tzset state: os_env.h
    t = std::mktime(&tm);
  }
  std::tm utc{};
  gmtime_r(&t, &utc);
  return tm_to_datetime(p, utc);
}

// ---- printing of pids, refs, funs -------------------------------------------------

Term bif_pid_to_list(Process* p, const Term* a) {
  if (!is_pid(a[0])) return raise_badarg(p);
  std::string s = "<0." + std::to_string(pid_number(a[0])) + ".0>";
  return bytes_to_list(*p, s);
}

Term bif_list_to_pid(Process* p, const Term* a) {
  std::string s;
  if (!charlist_to_utf8(a[0], &s)) return raise_badarg(p);
  unsigned long long node, num, serial;
  char tail;
  if (std::sscanf(s.c_str(), "<%llu.%llu.%llu>%c", &node, &num, &serial, &tail) != 3 ||
      node != 0) {
    return raise_badarg(p);
  }
  return make_pid(num);
}

Term bif_ref_to_list(Process* p, const Term* a) {
  if (!is_ref(a[0])) return raise_badarg(p);
  uint64_t id = ref_id(a[0]);
  std::string s = "#Ref<0." + std::to_string(id >> 32) + "." +
                  std::to_string(id & 0xFFFFFFFF) + ".0>";
  return bytes_to_list(*p, s);
}

Term bif_list_to_ref(Process* p, const Term* a) {
  std::string s;
  if (!charlist_to_utf8(a[0], &s)) return raise_badarg(p);
  unsigned long long node, hi, lo, z;
  char tail;
  if (std::sscanf(s.c_str(), "#Ref<%llu.%llu.%llu.%llu>%c", &node, &hi, &lo, &z,
                  &tail) != 4 ||
      node != 0) {
    return raise_badarg(p);
  }
  return make_ref(*p, (uint64_t(hi) << 32) | (lo & 0xFFFFFFFF));
}

Term bif_port_to_list(Process* p, const Term* a) {
  if (!is_port(a[0])) return raise_badarg(p);
  return bytes_to_list(*p, "#Port<0." + std::to_string(port_number(a[0])) + ">");
}

// fun_to_list/1: "#Fun<Module.Index.Uniq>" or "fun M:F/A".
Term bif_fun_to_list(Process* p, const Term* a) {
  Term f = a[0];
  if (is_export_fun(f)) {
    const Export* e = export_fun_entry(f);
    std::string s = "fun " + std::string(atom_name(e->module)) + ":" +
                    std::string(atom_name(e->function)) + "/" +
                    std::to_string(e->arity);
    return utf8_to_charlist(*p, s);
  }
  if (!is_closure(f)) return raise_badarg(p);
  const FunEntry* fe = closure_entry(f);
  std::string s = "#Fun<" + std::string(atom_name(fe->module)) + "." +
                  std::to_string(fe->index) + "." + std::to_string(fe->old_uniq) + ">";
  return utf8_to_charlist(*p, s);
}

// ---- modules and funs -----------------------------------------------------------

Term exports_list(Process* p, const Module* m) {
  std::vector<Term> items;
  for (auto it = m->exports.rbegin(); it != m->exports.rend(); ++it) {
    items.push_back(make_tuple(
        *p, {it->first->function, make_small(Sint(it->first->arity))}));
  }
  return make_list_from(*p, items.data(), items.size());
}

Term module_info_item(Process* p, const Module* m, Term item) {
  if (item == atom::module) return m->name;
  if (item == atom::exports) return exports_list(p, m);
  if (item == atom::attributes) return copy_term(m->attributes, *p);
  if (item == atom::compile) return copy_term(m->compile_info, *p);
  if (item == atom::md5) return make_binary(*p, m->md5);
  if (item == atom::functions) {
    std::vector<Term> items;
    for (const FunctionInfo& f : m->functions) {
      items.push_back(make_tuple(*p, {f.name, make_small(Sint(f.arity))}));
    }
    return make_list_from(*p, items.data(), items.size());
  }
  if (item == atom::native_addresses || item == atom::nifs) return NIL;
  if (item == atom::native) return atom::false_;
  return NON_VALUE;
}

Term bif_get_module_info_1(Process* p, const Term* a) {
  Module* m = is_atom(a[0]) ? p->vm()->find_module(a[0]) : nullptr;
  if (!m) return raise_badarg(p);
  Term keys[] = {atom::module, atom::exports, atom::attributes, atom::compile,
                 atom::md5};
  std::vector<Term> items;
  for (Term k : keys) items.push_back(make_tuple(*p, {k, module_info_item(p, m, k)}));
  return make_list_from(*p, items.data(), items.size());
}

Term bif_get_module_info_2(Process* p, const Term* a) {
  Module* m = is_atom(a[0]) ? p->vm()->find_module(a[0]) : nullptr;
  if (!m) return raise_badarg(p);
  Term r = module_info_item(p, m, a[1]);
  if (r == NON_VALUE) return raise_badarg(p);
  return r;
}

Term bif_module_loaded(Process* p, const Term* a) {
  if (!is_atom(a[0])) return raise_badarg(p);
  return make_bool(p->vm()->find_module(a[0]) != nullptr);
}

Term bif_function_exported(Process* p, const Term* a) {
  if (!is_atom(a[0]) || !is_atom(a[1]) || !is_small(a[2])) return raise_badarg(p);
  Export* e = p->vm()->exports().find(a[0], a[1], unsigned(small_value(a[2])));
  return make_bool(e && (e->code.load() != nullptr || e->bif != nullptr));
}

Term bif_is_builtin(Process* p, const Term* a) {
  if (!is_atom(a[0]) || !is_atom(a[1]) || !is_small(a[2])) return raise_badarg(p);
  Export* e = p->vm()->exports().find(a[0], a[1], unsigned(small_value(a[2])));
  return make_bool(e && e->bif != nullptr);
}

Term bif_make_fun(Process* p, const Term* a) {
  if (!is_atom(a[0]) || !is_atom(a[1]) || !is_small(a[2]) || small_value(a[2]) < 0 ||
      small_value(a[2]) > 255) {
    return raise_badarg(p);
  }
  Export* e = p->vm()->exports().get(a[0], a[1], unsigned(small_value(a[2])));
  Term* hp = p->alloc(2);
  hp[0] = make_header(Sub::Export, 1);
  hp[1] = Term(reinterpret_cast<uintptr_t>(e));
  return make_boxed(hp);
}

Term bif_fun_info_2(Process* p, const Term* a) {
  Term f = a[0], item = a[1];
  if (!is_fun(f)) return raise_badarg(p);
  Term value;
  static const Term type_ = atom::type;
  if (is_export_fun(f)) {
    const Export* e = export_fun_entry(f);
    if (item == atom::module) value = e->module;
    else if (item == atom::name) value = e->function;
    else if (item == atom::arity) value = make_small(e->arity);
    else if (item == atom::env) value = NIL;
    else if (item == type_) value = atom::external;
    else if (item == atom::pid || item == atom::index || item == atom::uniq ||
             item == atom::new_index || item == atom::new_uniq) value = atom::undefined;
    else return raise_badarg(p);
  } else {
    const FunEntry* fe = closure_entry(f);
    if (item == atom::module) value = fe->module;
    else if (item == atom::name) value = fe->function;
    else if (item == atom::arity) value = make_small(fe->arity);
    else if (item == atom::env) {
      value = make_list_from(*p, closure_free(f), closure_num_free(f));
    } else if (item == type_) value = atom::local;
    else if (item == atom::pid) value = closure_creator(f);
    else if (item == atom::index) value = make_small(fe->index);
    else if (item == atom::uniq) value = make_small(fe->old_uniq);
    else if (item == atom::new_index) value = make_small(fe->index);
    else if (item == atom::new_uniq) value = make_binary(*p, fe->md5);
    else return raise_badarg(p);
  }
  return make_tuple(*p, {item, value});
}

Term bif_time_unit(Process* p, const Term*) { return make_small(1000000000); }

Term bif_time_offset_1(Process* p, const Term* a) {
  int64_t v;
  if (!convert_time(system_ns() - monotonic_ns(p), a[0], &v)) return raise_badarg(p);
  return make_integer(*p, v);
}

Term bif_universaltime_to_posixtime(Process* p, const Term* a) {
  std::tm tm;
  if (!datetime_to_tm(a[0], &tm)) return raise_badarg(p);
  return make_integer(*p, int64_t(timegm(&tm)));
}

Term bif_posixtime_to_universaltime(Process* p, const Term* a) {
  int64_t secs;
  if (!is_integer(a[0]) || !integer_to_int64(a[0], &secs)) return raise_badarg(p);
  std::time_t t = std::time_t(secs);
  std::tm tm{};
  if (!gmtime_r(&t, &tm)) return raise_badarg(p);
  return tm_to_datetime(p, tm);
}

// DTrace/SystemTap tags (a build without dynamic tracing, as erl's usual
// one): the values erl returns then.
Term bif_dt_spread_tag(Process* p, const Term* a) {
  if (!is_boolean(a[0])) return raise_badarg(p);
  return atom::true_;
}
Term bif_dt_restore_tag(Process* p, const Term* a) {
  if (a[0] != atom::true_) return raise_badarg(p);
  return atom::true_;
}
Term bif_dt_undefined_0(Process*, const Term*) { return atom::undefined; }
Term bif_dt_undefined_1(Process*, const Term*) { return atom::undefined; }
Term bif_dt_identity(Process*, const Term* a) { return a[0]; }

// io:printable_range/0: characters ~p treats as printable (erl's default
// without +pc unicode).
Term bif_printable_range(Process*, const Term*) { return atom::latin1; }

// ---- system information ------------------------------------------------------------

Term bif_system_info(Process* p, const Term* a) {
  if (Term gc = gc_system_info(p, a[0]); gc != NON_VALUE) return gc;
  std::string_view key = is_atom(a[0]) ? atom_name(a[0]) : "";
  if (key == "otp_release") return bytes_to_list(*p, "25");
  if (key == "version") return bytes_to_list(*p, "13.1.5");
  if (key == "wordsize") return make_small(8);
  if (key == "schedulers" || key == "schedulers_online") {
    return make_small(p->vm()->scheduler_count());
  }
  if (key == "logical_processors" || key == "logical_processors_available") {
    return make_small(platform::available_cores());
  }
  if (key == "process_count") return make_small(Sint(p->vm()->process_count()));
  if (key == "process_limit") return make_small(1 << 20);
  if (key == "atom_count") return make_small(Sint(atom_count()));
  if (key == "atom_limit") return make_small(Sint(kMaxAtoms));
  if (key == "machine") return bytes_to_list(*p, "BEAM");
  if (key == "system_architecture") return bytes_to_list(*p, "beamline");
  if (key == "os_type") {
    static const Term unix_ = atom_from("unix");
    static const Term linux_ = atom_from("linux");
    return make_tuple(*p, {unix_, linux_});
  }
  if (key == "thread_pool_size") return make_small(0);
  if (key == "debug_compiled" || key == "smp_support" || key == "threads") {
    return key == "debug_compiled" ? atom::false_ : atom::true_;
  }
  return raise_badarg(p);
}

// erlang:system_flag/2 for the flags programs and OTP's kernel set.
Term bif_system_flag(Process* p, const Term* a) {
  Term gc_result;
  if (gc_system_flag(p, a[0], a[1], &gc_result)) return gc_result;
  std::string_view key = is_atom(a[0]) ? atom_name(a[0]) : "";
  static std::atomic<Term> system_logger{NON_VALUE};
  static std::atomic<Sint> backtrace_depth{8};
  if (key == "system_logger") {
    // The process that receives the emulator's own log events.
    if (!is_pid(a[1]) && a[1] != atom::undefined && a[1] != atom_from("logger")) {
      return raise_badarg(p);
    }
    Term old = system_logger.exchange(a[1]);
    return old == NON_VALUE ? atom_from("logger") : old;
  }
  if (key == "backtrace_depth") {
    if (!is_small(a[1]) || small_value(a[1]) < 0) return raise_badarg(p);
    return make_small(backtrace_depth.exchange(small_value(a[1])));
  }
  return raise_badarg(p);
}

Term bif_statistics(Process* p, const Term* a) {
  std::string_view key = is_atom(a[0]) ? atom_name(a[0]) : "";
  if (key == "runtime" || key == "wall_clock") {
    // {Total, SinceLastCall} in milliseconds. "Last call" is the VM's last
    // call, from any process on any scheduler thread (as in ERTS).
    static std::atomic<int64_t> last_runtime{0}, last_wall{0};
    int64_t now;
    if (key == "runtime") {
      now = int64_t(std::clock() * 1000.0 / CLOCKS_PER_SEC);
    } else {
      now = p->vm()->monotonic_ms();
    }
    std::atomic<int64_t>& last = key == "runtime" ? last_runtime : last_wall;
    int64_t since = now - last.exchange(now);
    return make_tuple(*p, {make_integer(*p, now), make_integer(*p, since)});
  }
  if (key == "run_queue") {
    size_t queued = 0;
    for (const VM::SchedulerStats& s : p->vm()->scheduler_stats()) queued += s.run_queue;
    return make_small(Sint(queued));
  }
  if (key == "garbage_collection") return gc_statistics_term(p);
  return raise_badarg(p);
}

}  // namespace

void register_erlang_core_bifs(BifRegistry& r) {
  r.add("erlang", "length", 1, bif_length, kBifGuard);
  r.add("erlang", "hd", 1, bif_hd, kBifGuard);
  r.add("erlang", "tl", 1, bif_tl, kBifGuard);
  r.add("erlang", "++", 2, bif_append);
  r.add("erlang", "append", 2, bif_append);
  r.add("erlang", "--", 2, bif_subtract);
  r.add("erlang", "subtract", 2, bif_subtract);
  r.add("lists", "reverse", 2, bif_lists_reverse_2);
  r.add("lists", "member", 2, bif_lists_member);
  r.add("lists", "keyfind", 3, bif_lists_keyfind);
  r.add("lists", "keymember", 3, bif_lists_keymember);
  r.add("lists", "keysearch", 3, bif_lists_keysearch);
  r.add("erlang", "tuple_size", 1, bif_tuple_size, kBifGuard);
  r.add("erlang", "size", 1, bif_size, kBifGuard);
  r.add("erlang", "element", 2, bif_element, kBifGuard);
  r.add("erlang", "setelement", 3, bif_setelement);
  r.add("erlang", "make_tuple", 2, bif_make_tuple_2);
  r.add("erlang", "make_tuple", 3, bif_make_tuple_3);
  r.add("erlang", "append_element", 2, bif_append_element);
  r.add("erlang", "delete_element", 2, bif_delete_element);
  r.add("erlang", "insert_element", 3, bif_insert_element);
  r.add("erlang", "tuple_to_list", 1, bif_tuple_to_list);
  r.add("erlang", "list_to_tuple", 1, bif_list_to_tuple);
  r.add("erlang", "put", 2, bif_put);
  r.add("erlang", "get", 0, bif_get_0);
  r.add("erlang", "get", 1, bif_get_1);
  r.add("erlang", "erase", 0, bif_erase_0);
  r.add("erlang", "erase", 1, bif_erase_1);
  r.add("erlang", "get_keys", 0, bif_get_keys_0);
  r.add("erlang", "get_keys", 1, bif_get_keys_1);
  r.add("erlang", "make_ref", 0, bif_make_ref);
  r.add("erlang", "node", 0, bif_node_0, kBifGuard);
  r.add("erlang", "node", 1, bif_node_1, kBifGuard);
  r.add("erlang", "nodes", 0, bif_nodes_0);
  r.add("erlang", "is_alive", 0, bif_is_alive);
  r.add("erlang", "unique_integer", 0, bif_unique_integer_0);
  r.add("erlang", "unique_integer", 1, bif_unique_integer_1);
  r.add("erlang", "monotonic_time", 0, bif_monotonic_time_0);
  r.add("erlang", "monotonic_time", 1, bif_monotonic_time_1);
  r.add("erlang", "system_time", 0, bif_system_time_0);
  r.add("erlang", "system_time", 1, bif_system_time_1);
  r.add("erlang", "time_offset", 0, bif_time_offset_0);
  r.add("erlang", "convert_time_unit", 3, bif_convert_time_unit);
  r.add("erlang", "timestamp", 0, bif_timestamp);
  r.add("erlang", "now", 0, bif_now);
  r.add("erlang", "date", 0, bif_date);
  r.add("erlang", "time", 0, bif_time);
  r.add("erlang", "localtime", 0, bif_localtime);
  r.add("erlang", "universaltime", 0, bif_universaltime);
  r.add("erlang", "universaltime_to_localtime", 1, bif_universaltime_to_localtime);
  r.add("erlang", "localtime_to_universaltime", 2, bif_localtime_to_universaltime);
  r.add("os", "system_time", 0, bif_system_time_0);
  r.add("os", "system_time", 1, bif_system_time_1);
  r.add("os", "timestamp", 0, bif_timestamp);
  r.add("erlang", "pid_to_list", 1, bif_pid_to_list);
  r.add("erlang", "list_to_pid", 1, bif_list_to_pid);
  r.add("erlang", "ref_to_list", 1, bif_ref_to_list);
  r.add("erlang", "get_module_info", 1, bif_get_module_info_1);
  r.add("erlang", "get_module_info", 2, bif_get_module_info_2);
  r.add("erlang", "module_loaded", 1, bif_module_loaded);
  r.add("erlang", "function_exported", 3, bif_function_exported);
  r.add("erlang", "is_builtin", 3, bif_is_builtin);
  r.add("erlang", "make_fun", 3, bif_make_fun);
  r.add("erlang", "fun_info", 2, bif_fun_info_2);
  r.add("erlang", "system_info", 1, bif_system_info);
  r.add("erlang", "list_to_ref", 1, bif_list_to_ref);
  r.add("erlang", "port_to_list", 1, bif_port_to_list);
  r.add("erlang", "fun_to_list", 1, bif_fun_to_list);
  r.add("erts_internal", "time_unit", 0, bif_time_unit);
  r.add("erts_internal", "perf_counter_unit", 0, bif_time_unit);
  r.add("erlang", "time_offset", 1, bif_time_offset_1);
  r.add("erlang", "universaltime_to_posixtime", 1, bif_universaltime_to_posixtime);
  r.add("erlang", "posixtime_to_universaltime", 1, bif_posixtime_to_universaltime);
  r.add("io", "printable_range", 0, bif_printable_range);
  r.add("erlang", "dt_spread_tag", 1, bif_dt_spread_tag);
  r.add("erlang", "dt_restore_tag", 1, bif_dt_restore_tag);
  r.add("erlang", "dt_get_tag", 0, bif_dt_undefined_0);
  r.add("erlang", "dt_get_tag_data", 0, bif_dt_undefined_0);
  r.add("erlang", "dt_put_tag", 1, bif_dt_undefined_1);
  r.add("erlang", "dt_prepend_vm_tag_data", 1, bif_dt_identity);
  r.add("erlang", "dt_append_vm_tag_data", 1, bif_dt_identity);
  r.add("erlang", "statistics", 1, bif_statistics);
  r.add("erlang", "system_flag", 2, bif_system_flag);
}

}  // namespace beamline

// File I/O natives, as ERTS implements them in C:
//
//  * prim_file's NIFs (erts prim_file_nif.c / unix_prim_file.c): open, close,
//    read, write, pread, pwrite, seek, sync, truncate, allocate, advise,
//    read_file, file info, directories, links, cwd, ... Every call is
//    synchronous POSIX I/O; errors are {error, Posix} with erl's errno names.
//  * prim_buffer's NIFs (the read-ahead buffer of every prim_file fd).
//  * prim_file:internal_name2native/1, internal_native2name/1,
//    is_translatable/1 and file:native_name_encoding/0 (BIFs in ERTS).
//
// File handles and buffers are NIF resources in erl ("magic" references). Here
// they are ordinary references with a tag bit in their id, keying a
// process-wide table that holds only open files and non-empty buffers: a
// tagged reference missing from the table is a closed file ({error, einval}
// as in erl) or an empty buffer. erl monitors the process that opened a file
// and closes the file when that process dies; the VM does the same by calling
// prim_file_close_owned_by() at process exit, which also drops the data of
// buffers the process filled (we cannot see when the last copy of a reference
// is garbage collected).
//
// Not implemented: prim_file:internal_normalize_utf8/1 (only used for macOS
// filenames; it needs Unicode canonical composition tables).
#include "runtime/bifs/prim_file.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#include <utime.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/synchronization/mutex.h"
#include "runtime/bifs/bif.h"
#include "runtime/bifs/binary_util.h"
#include "runtime/ets/ets.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/term/number.h"

namespace beamline {
namespace {

// ---- errno names (erl_errno_id) -----------------------------------------------
// First match wins, so aliases (EWOULDBLOCK == EAGAIN, EDEADLOCK == EDEADLK,
// EOPNOTSUPP == ENOTSUP on Linux) get the name erl gives them.
struct ErrnoName {
  int code;
  const char* name;
};

const ErrnoName kErrnoNames[] = {
#define E(x, n) {x, n},
#ifdef E2BIG
    E(E2BIG, "e2big")
#endif
#ifdef EACCES
    E(EACCES, "eacces")
#endif
#ifdef EADDRINUSE
    E(EADDRINUSE, "eaddrinuse")
#endif
#ifdef EADDRNOTAVAIL
    E(EADDRNOTAVAIL, "eaddrnotavail")
#endif
#ifdef EADV
    E(EADV, "eadv")
#endif
#ifdef EAFNOSUPPORT
    E(EAFNOSUPPORT, "eafnosupport")
#endif
#ifdef EAGAIN
    E(EAGAIN, "eagain")
#endif
#ifdef EALIGN
    E(EALIGN, "ealign")
#endif
#ifdef EBUSY
    E(EBUSY, "ebusy")
#endif
#ifdef EALREADY
    E(EALREADY, "ealready")
#endif
#ifdef EBADE
    E(EBADE, "ebade")
#endif
#ifdef EBADF
    E(EBADF, "ebadf")
#endif
#ifdef EBADFD
    E(EBADFD, "ebadfd")
#endif
#ifdef EBADMSG
    E(EBADMSG, "ebadmsg")
#endif
#ifdef EBADR
    E(EBADR, "ebadr")
#endif
#ifdef EBADRPC
    E(EBADRPC, "ebadrpc")
#endif
#ifdef EBADRQC
    E(EBADRQC, "ebadrqc")
#endif
#ifdef EBADSLT
    E(EBADSLT, "ebadslt")
#endif
#ifdef EBFONT
    E(EBFONT, "ebfont")
#endif
#ifdef ECHILD
    E(ECHILD, "echild")
#endif
#ifdef ECHRNG
    E(ECHRNG, "echrng")
#endif
#ifdef ECOMM
    E(ECOMM, "ecomm")
#endif
#ifdef ECONNABORTED
    E(ECONNABORTED, "econnaborted")
#endif
#ifdef ECONNREFUSED
    E(ECONNREFUSED, "econnrefused")
#endif
#ifdef ECONNRESET
    E(ECONNRESET, "econnreset")
#endif
#ifdef EDEADLK
    E(EDEADLK, "edeadlk")
#endif
#ifdef EDEADLOCK
    E(EDEADLOCK, "edeadlock")
#endif
#ifdef EDESTADDRREQ
    E(EDESTADDRREQ, "edestaddrreq")
#endif
#ifdef EDIRTY
    E(EDIRTY, "edirty")
#endif
#ifdef EDOM
    E(EDOM, "edom")
#endif
#ifdef EDOTDOT
    E(EDOTDOT, "edotdot")
#endif
#ifdef EDQUOT
    E(EDQUOT, "edquot")
#endif
#ifdef EDUPPKG
    E(EDUPPKG, "eduppkg")
#endif
#ifdef EEXIST
    E(EEXIST, "eexist")
#endif
#ifdef EFAULT
    E(EFAULT, "efault")
#endif
#ifdef EFTYPE
    E(EFTYPE, "eftype")
#endif
#ifdef EFBIG
    E(EFBIG, "efbig")
#endif
#ifdef EHOSTDOWN
    E(EHOSTDOWN, "ehostdown")
#endif
#ifdef EHOSTUNREACH
    E(EHOSTUNREACH, "ehostunreach")
#endif
#ifdef EINPROGRESS
    E(EINPROGRESS, "einprogress")
#endif
#ifdef EIDRM
    E(EIDRM, "eidrm")
#endif
#ifdef EILSEQ
    E(EILSEQ, "eilseq")
#endif
#ifdef EINIT
    E(EINIT, "einit")
#endif
#ifdef EINTR
    E(EINTR, "eintr")
#endif
#ifdef EINVAL
    E(EINVAL, "einval")
#endif
#ifdef EIO
    E(EIO, "eio")
#endif
#ifdef EISCONN
    E(EISCONN, "eisconn")
#endif
#ifdef EISDIR
    E(EISDIR, "eisdir")
#endif
    // (erl tests a misspelt macro for EISNAM, so it never names it.)
#ifdef ELBIN
    E(ELBIN, "elbin")
#endif
#ifdef EL2HLT
    E(EL2HLT, "el2hlt")
#endif
#ifdef EL2NSYNC
    E(EL2NSYNC, "el2nsync")
#endif
#ifdef EL3HLT
    E(EL3HLT, "el3hlt")
#endif
#ifdef EL3RST
    E(EL3RST, "el3rst")
#endif
#ifdef ELIBACC
    E(ELIBACC, "elibacc")
#endif
#ifdef ELIBBAD
    E(ELIBBAD, "elibbad")
#endif
#ifdef ELIBEXEC
    E(ELIBEXEC, "elibexec")
#endif
#ifdef ELIBMAX
    E(ELIBMAX, "elibmax")
#endif
#ifdef ELIBSCN
    E(ELIBSCN, "elibscn")
#endif
#ifdef ELNRNG
    E(ELNRNG, "elnrng")
#endif
#ifdef ENOENT
    E(ENOENT, "enoent")
#endif
#ifdef ELOOP
    E(ELOOP, "eloop")
#endif
#ifdef EMFILE
    E(EMFILE, "emfile")
#endif
#ifdef EMLINK
    E(EMLINK, "emlink")
#endif
#ifdef EMSGSIZE
    E(EMSGSIZE, "emsgsize")
#endif
#ifdef EMULTIHOP
    E(EMULTIHOP, "emultihop")
#endif
#ifdef ENAMETOOLONG
    E(ENAMETOOLONG, "enametoolong")
#endif
#ifdef ENAVAIL
    E(ENAVAIL, "enavail")
#endif
#ifdef ENET
    E(ENET, "enet")
#endif
#ifdef ENETDOWN
    E(ENETDOWN, "enetdown")
#endif
#ifdef ENETRESET
    E(ENETRESET, "enetreset")
#endif
#ifdef ENETUNREACH
    E(ENETUNREACH, "enetunreach")
#endif
#ifdef ENFILE
    E(ENFILE, "enfile")
#endif
#ifdef ENOANO
    E(ENOANO, "enoano")
#endif
#ifdef ENOSR
    E(ENOSR, "enosr")
#endif
#ifdef ENOBUFS
    E(ENOBUFS, "enobufs")
#endif
#ifdef ENOCSI
    E(ENOCSI, "enocsi")
#endif
#ifdef ENODATA
    E(ENODATA, "enodata")
#endif
#ifdef ENODEV
    E(ENODEV, "enodev")
#endif
#ifdef ENOEXEC
    E(ENOEXEC, "enoexec")
#endif
#ifdef ENOLCK
    E(ENOLCK, "enolck")
#endif
#ifdef ENOLINK
    E(ENOLINK, "enolink")
#endif
#ifdef ENOMEM
    E(ENOMEM, "enomem")
#endif
#ifdef ENOMSG
    E(ENOMSG, "enomsg")
#endif
#ifdef ENONET
    E(ENONET, "enonet")
#endif
#ifdef ENOPKG
    E(ENOPKG, "enopkg")
#endif
#ifdef ENOPROTOOPT
    E(ENOPROTOOPT, "enoprotoopt")
#endif
#ifdef ENOSPC
    E(ENOSPC, "enospc")
#endif
#ifdef ENOTTY
    E(ENOTTY, "enotty")
#endif
#ifdef ENOSTR
    E(ENOSTR, "enostr")
#endif
#ifdef ENOSYM
    E(ENOSYM, "enosym")
#endif
#ifdef ENOSYS
    E(ENOSYS, "enosys")
#endif
#ifdef ENOTBLK
    E(ENOTBLK, "enotblk")
#endif
#ifdef ENOTCONN
    E(ENOTCONN, "enotconn")
#endif
#ifdef ENOTDIR
    E(ENOTDIR, "enotdir")
#endif
#ifdef ENOTEMPTY
    E(ENOTEMPTY, "enotempty")
#endif
#ifdef ENOTNAM
    E(ENOTNAM, "enotnam")
#endif
#ifdef ENOTSOCK
    E(ENOTSOCK, "enotsock")
#endif
#ifdef ENOTSUP
    E(ENOTSUP, "enotsup")
#endif
#ifdef ENOTUNIQ
    E(ENOTUNIQ, "enotuniq")
#endif
#ifdef ENXIO
    E(ENXIO, "enxio")
#endif
#ifdef EOPNOTSUPP
    E(EOPNOTSUPP, "eopnotsupp")
#endif
#ifdef EOVERFLOW
    E(EOVERFLOW, "eoverflow")
#endif
#ifdef EPERM
    E(EPERM, "eperm")
#endif
#ifdef EPFNOSUPPORT
    E(EPFNOSUPPORT, "epfnosupport")
#endif
#ifdef EPIPE
    E(EPIPE, "epipe")
#endif
#ifdef EPROCLIM
    E(EPROCLIM, "eproclim")
#endif
#ifdef EPROCUNAVAIL
    E(EPROCUNAVAIL, "eprocunavail")
#endif
#ifdef EPROGMISMATCH
    E(EPROGMISMATCH, "eprogmismatch")
#endif
#ifdef EPROGUNAVAIL
    E(EPROGUNAVAIL, "eprogunavail")
#endif
#ifdef EPROTO
    E(EPROTO, "eproto")
#endif
#ifdef EPROTONOSUPPORT
    E(EPROTONOSUPPORT, "eprotonosupport")
#endif
#ifdef EPROTOTYPE
    E(EPROTOTYPE, "eprototype")
#endif
#ifdef ERANGE
    E(ERANGE, "erange")
#endif
#ifdef EREFUSED
    E(EREFUSED, "erefused")
#endif
#ifdef EREMCHG
    E(EREMCHG, "eremchg")
#endif
#ifdef EREMDEV
    E(EREMDEV, "eremdev")
#endif
#ifdef EREMOTE
    E(EREMOTE, "eremote")
#endif
#ifdef EREMOTEIO
    E(EREMOTEIO, "eremoteio")
#endif
#ifdef EREMOTERELEASE
    E(EREMOTERELEASE, "eremoterelease")
#endif
#ifdef EROFS
    E(EROFS, "erofs")
#endif
#ifdef ERPCMISMATCH
    E(ERPCMISMATCH, "erpcmismatch")
#endif
#ifdef ERREMOTE
    E(ERREMOTE, "erremote")
#endif
#ifdef ESHUTDOWN
    E(ESHUTDOWN, "eshutdown")
#endif
#ifdef ESOCKTNOSUPPORT
    E(ESOCKTNOSUPPORT, "esocktnosupport")
#endif
#ifdef ESPIPE
    E(ESPIPE, "espipe")
#endif
#ifdef ESRCH
    E(ESRCH, "esrch")
#endif
#ifdef ESRMNT
    E(ESRMNT, "esrmnt")
#endif
#ifdef ESTALE
    E(ESTALE, "estale")
#endif
#ifdef ESUCCESS
    E(ESUCCESS, "esuccess")
#endif
#ifdef ETIME
    E(ETIME, "etime")
#endif
#ifdef ETIMEDOUT
    E(ETIMEDOUT, "etimedout")
#endif
#ifdef ETOOMANYREFS
    E(ETOOMANYREFS, "etoomanyrefs")
#endif
#ifdef ETXTBSY
    E(ETXTBSY, "etxtbsy")
#endif
#ifdef EUCLEAN
    E(EUCLEAN, "euclean")
#endif
#ifdef EUNATCH
    E(EUNATCH, "eunatch")
#endif
#ifdef EUSERS
    E(EUSERS, "eusers")
#endif
#ifdef EVERSION
    E(EVERSION, "eversion")
#endif
#ifdef EWOULDBLOCK
    E(EWOULDBLOCK, "ewouldblock")
#endif
#ifdef EXDEV
    E(EXDEV, "exdev")
#endif
#ifdef EXFULL
    E(EXFULL, "exfull")
#endif
#undef E
};

Term errno_atom(int code) {
  for (const ErrnoName& e : kErrnoNames)
    if (e.code == code) return atom_from(e.name);
  return atom_from("unknown");
}

Term error_tuple(Process* p, int code) {
  return make_tuple(*p, {atom::error, errno_atom(code)});
}

// ---- atoms ------------------------------------------------------------------------
struct Atoms {
  Term read = atom_from("read");
  Term write = atom_from("write");
  Term exclusive = atom_from("exclusive");
  Term append = atom_from("append");
  Term sync = atom_from("sync");
  Term skip_type_check = atom_from("skip_type_check");
  Term directory = atom_from("directory");
  Term read_write = atom_from("read_write");
  Term none = atom_from("none");
  Term normal = atom_from("normal");
  Term random = atom_from("random");
  Term sequential = atom_from("sequential");
  Term will_need = atom_from("will_need");
  Term dont_need = atom_from("dont_need");
  Term no_reuse = atom_from("no_reuse");
  Term device = atom_from("device");
  Term regular = atom_from("regular");
  Term symlink = atom_from("symlink");
  Term other = atom_from("other");
  Term file_info = atom_from("file_info");
  Term bof = atom_from("bof");
  Term cur = atom_from("cur");
  Term eof = atom_from("eof");
  Term cont = atom_from("continue");
  Term warning = atom_from("warning");
  Term latin1 = atom_from("latin1");
  Term utf8 = atom_from("utf8");
  Term not_found = atom_from("not_found");
  Term acquired = atom_from("acquired");
  Term busy = atom_from("busy");
  Term lock_order_violation = atom_from("lock_order_violation");
};

const Atoms& am() {
  static const Atoms* a = new Atoms();
  return *a;
}

// ---- integer argument helpers (enif_get_*) -----------------------------------------
bool get_int64(Term t, int64_t* out) { return integer_to_int64(t, out); }

bool get_int(Term t, int* out) {
  int64_t v;
  if (!integer_to_int64(t, &v) || v < INT32_MIN || v > INT32_MAX) return false;
  *out = int(v);
  return true;
}

bool get_uint(Term t, unsigned* out) {
  int64_t v;
  if (!integer_to_int64(t, &v) || v < 0 || v > int64_t(UINT32_MAX)) return false;
  *out = unsigned(v);
  return true;
}

bool get_uint64(Term t, uint64_t* out) {
  if (is_small(t)) {
    if (small_value(t) < 0) return false;
    *out = uint64_t(small_value(t));
    return true;
  }
  if (!is_bignum(t)) return false;
  BigInt v = to_bigint(t);
  if (v < 0 || v > BigInt(UINT64_MAX)) return false;
  *out = static_cast<uint64_t>(v);
  return true;
}

// ---- native filename encoding --------------------------------------------------------
// erl decides once at start-up: with no +fn flag, the filename encoding is
// utf8 if the C library accepts the user's LC_CTYPE locale and its codeset is
// UTF-8, otherwise latin1. newlocale() reads LC_ALL / LC_CTYPE / LANG as
// setlocale(LC_CTYPE, "") does, without changing the process locale.
bool filename_encoding_is_utf8() {
  static const bool utf8 = [] {
    locale_t loc = newlocale(LC_CTYPE_MASK, "", locale_t(0));
    if (loc == locale_t(0)) return false;
    bool is_utf8 = std::strcmp(nl_langinfo_l(CODESET, loc), "UTF-8") == 0;
    freelocale(loc);
    return is_utf8;
  }();
  return utf8;
}

// A (deep) character list in the native encoding (erts_native_filename_need
// / _put): elements are small integers (code points), [] or nested lists;
// anything else, including binaries, fails.
bool charlist_to_native(Term t, bool utf8, std::string* out) {
  std::vector<Term> stack;
  while (true) {
    while (is_list(t)) {
      Term h = car(t);
      t = cdr(t);
      if (is_small(h)) {
        Sint c = small_value(h);
        if (c <= 0) return false;  // (NUL cannot be part of a native name)
        if (!utf8) {
          if (c > 255) return false;
          out->push_back(char(c));
        } else {
          if (c >= 0x110000 || (c >= 0xD800 && c <= 0xDFFF)) return false;
          append_utf8(uint32_t(c), out);
        }
      } else if (is_list(h)) {
        stack.push_back(t);
        t = h;
      } else if (!is_nil(h)) {
        return false;
      }
    }
    if (!is_nil(t)) return false;
    if (stack.empty()) return true;
    t = stack.back();
    stack.pop_back();
  }
}

// The bytes of a binary term (false for non-binaries and bitstrings).
bool binary_bytes(Term t, std::string* out) {
  BitView v;
  if (!bit_view(t, &v) || v.bit_size % 8 != 0) return false;
  ByteSpan bytes(v);
  out->assign(bytes.view());
  return true;
}

// Bytes to a list of code points: UTF-8 decoding (input already validated) or
// Latin-1.
Term native_to_charlist(Process* p, std::string_view s, bool utf8) {
  if (!utf8) return bytes_to_list(*p, s);
  return utf8_to_charlist(*p, s);
}

// ---- paths (efile_marshal_path) --------------------------------------------------------
// A path must be a binary holding a NUL, followed only by more NULs (as
// internal_name2native produces). Returns the path up to the first NUL.
bool marshal_path(Term t, std::string* out) {
  std::string bytes;
  if (!binary_bytes(t, &bytes)) return false;
  size_t nul = bytes.find('\0');
  if (nul == std::string::npos) return false;
  for (size_t i = nul; i < bytes.size(); i++)
    if (bytes[i] != '\0') return false;
  bytes.resize(nul);
  *out = std::move(bytes);
  return true;
}

// ---- result binaries -------------------------------------------------------------------------
// An off-heap buffer to read into; its first `n` bytes become a binary term.
struct ReadBuffer {
  Binary* bin = nullptr;
  ~ReadBuffer() {
    if (bin) bin->dec_ref();
  }
  bool alloc(size_t size) {
    try {
      bin = Binary::create(size);
    } catch (const std::bad_alloc&) {
      bin = nullptr;
      return false;
    }
    return true;
  }
  // Grows to `size` bytes, keeping the first `keep`.
  bool grow(size_t size, size_t keep) {
    Binary* nb;
    try {
      nb = Binary::create(size);
    } catch (const std::bad_alloc&) {
      return false;
    }
    std::memcpy(nb->data(), bin->data(), keep);
    bin->dec_ref();
    bin = nb;
    return true;
  }
  uint8_t* data() { return bin->data(); }
  Term take(Heap& h, size_t n) {
    // Short reads are copied so a large request does not pin its buffer.
    if (n <= kMaxHeapBinSize || n < bin->capacity) return make_binary(h, bin->data(), n);
    Binary* b = bin;
    bin = nullptr;
    b->size = n;
    return make_procbin(h, b, b->data(), n);
  }
};

// ---- resources -----------------------------------------------------------------------------------
enum Mode : unsigned {
  kModeRead = 1u << 0,
  kModeWrite = 1u << 1,
  kModeAppend = 1u << 2,
  kModeExclusive = 1u << 3,
  kModeSync = 1u << 4,
  kModeSkipTypeCheck = 1u << 5,
  kModeDirectory = 1u << 7,
  kModeFromFd = 1u << 8,
};

// Handle and buffer references carry a tag bit in their id (ordinary
// reference ids come from the VM's unique counter and never reach these
// bits). A tagged id that is not in the table is a closed file, or an empty
// buffer: closed files and empty buffers cost nothing, as they must for
// long-lived processes such as file_server_2 that open many files.
constexpr uint64_t kFileTag = uint64_t(1) << 62;
constexpr uint64_t kBufferTag = uint64_t(1) << 61;

struct FileHandle {
  absl::Mutex mu;  // held for the duration of each operation
  int fd = -1;     // -1 once closed
  unsigned modes = 0;
  Term owner = NIL;
};

// A prim_buffer with data in it (or locked).
struct Buffer {
  std::string data;  // bytes [head, size) are queued
  size_t head = 0;
  bool locked = false;  // try_lock/unlock
  Term owner = NIL;

  size_t size() const { return data.size() - head; }
  void consume(size_t n) {
    head += n;
    if (head == data.size()) {
      data.clear();
      head = 0;
    } else if (head >= 4096 && head * 2 >= data.size()) {
      data.erase(0, head);
      head = 0;
    }
  }
};

struct Resources {
  absl::Mutex mu;  // guards the tables and every Buffer
  absl::flat_hash_map<uint64_t, std::shared_ptr<FileHandle>> files;  // open
  absl::flat_hash_map<uint64_t, std::unique_ptr<Buffer>> buffers;  // non-empty
  absl::flat_hash_map<Term, absl::flat_hash_set<uint64_t>> owned;  // pid -> ids

  void own(Term pid, uint64_t id) { owned[pid].insert(id); }
  void disown(Term pid, uint64_t id) {
    auto it = owned.find(pid);
    if (it == owned.end()) return;
    it->second.erase(id);
    if (it->second.empty()) owned.erase(it);
  }
};

Resources& resources() {
  static Resources* r = new Resources();
  return *r;
}

uint64_t new_id(Process* p) { return ets::new_ref_id(p->vm()); }

bool is_tagged(Term ref, uint64_t tag) {
  return is_ref(ref) && (ref_id(ref) & tag) != 0;
}

Term register_file(Process* p, int fd, unsigned modes) {
  auto h = std::make_shared<FileHandle>();
  h->fd = fd;
  h->modes = modes;
  h->owner = p->pid();
  uint64_t id = new_id(p) | kFileTag;
  Resources& r = resources();
  {
    absl::MutexLock lock(&r.mu);
    r.files.emplace(id, std::move(h));
    r.own(p->pid(), id);
  }
  return make_ref(*p, id);
}

// The open file behind `ref`, or nullptr (closed, or not a file handle:
// check is_tagged(ref, kFileTag)).
std::shared_ptr<FileHandle> find_file(Term ref) {
  if (!is_tagged(ref, kFileTag)) return nullptr;
  Resources& r = resources();
  absl::ReaderMutexLock lock(&r.mu);
  auto it = r.files.find(ref_id(ref));
  return it == r.files.end() ? nullptr : it->second;
}

// Removes an open file from the table; the caller closes its fd.
std::shared_ptr<FileHandle> take_file(Term ref) {
  if (!is_tagged(ref, kFileTag)) return nullptr;
  Resources& r = resources();
  absl::MutexLock lock(&r.mu);
  auto it = r.files.find(ref_id(ref));
  if (it == r.files.end()) return nullptr;
  std::shared_ptr<FileHandle> h = std::move(it->second);
  r.files.erase(it);
  r.disown(h->owner, ref_id(ref));
  return h;
}

// ---- POSIX helpers ---------------------------------------------------------------------------------
// Repeats `io(done)`, a read(2) or pread(2) of the bytes from `done` on,
// until `n` bytes or end of file (efile_readv): the count, or -1.
template <typename Io>
ssize_t read_until(size_t n, Io&& io) {
  size_t done = 0;
  while (done < n) {
    ssize_t r = io(done);
    if (r < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    if (r == 0) break;
    done += size_t(r);
  }
  return ssize_t(done);
}

// Repeats `io(done)`, a write(2) or pwrite(2) of the bytes from `done` on,
// until all `n` are written (efile_writev); false with errno set on failure.
template <typename Io>
bool write_until(size_t n, Io&& io) {
  size_t done = 0;
  while (done < n) {
    ssize_t r = io(done);
    if (r < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    if (r == 0) {
      errno = EIO;
      return false;
    }
    done += size_t(r);
  }
  return true;
}

ssize_t read_full(int fd, uint8_t* buf, size_t n) {
  return read_until(n, [&](size_t done) { return ::read(fd, buf + done, n - done); });
}

ssize_t pread_full(int fd, uint8_t* buf, size_t n, off_t offset) {
  return read_until(n, [&](size_t done) {
    return ::pread(fd, buf + done, n - done, offset + off_t(done));
  });
}

bool write_full(int fd, const uint8_t* buf, size_t n) {
  return write_until(n, [&](size_t done) { return ::write(fd, buf + done, n - done); });
}

bool pwrite_full(int fd, const uint8_t* buf, size_t n, off_t offset) {
  return write_until(n, [&](size_t done) {
    return ::pwrite(fd, buf + done, n - done, offset + off_t(done));
  });
}

// The data of an erlang:iovec() (a list of binaries, as enif_inspect_iovec
// accepts). False if `t` is anything else.
bool iovec_bytes(Term t, std::string* out) {
  while (is_list(t)) {
    Term h = car(t);
    BitView v;
    if (!bit_view(h, &v) || v.bit_size % 8 != 0) return false;
    ByteSpan bytes(v);
    out->append(bytes.view());
    t = cdr(t);
  }
  return is_nil(t);
}

int open_flags(unsigned modes) {
  int flags;
  if ((modes & kModeRead) && !(modes & kModeWrite)) {
    flags = O_RDONLY;
  } else if ((modes & kModeWrite) && !(modes & kModeRead)) {
    flags = O_WRONLY | O_CREAT | O_TRUNC;
  } else {
    flags = O_RDWR | O_CREAT;
  }
  if (modes & kModeAppend) {
    flags &= ~O_TRUNC;
    flags |= O_APPEND;
  }
  if (modes & kModeExclusive) flags |= O_EXCL;
  if (modes & kModeSync) flags |= O_SYNC;
  return flags;
}

bool fd_is_dir(int fd) {
  struct stat st;
  return ::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode);
}

// efile_open: returns the fd, or -1 with the error in *err.
int open_path(const std::string& path, unsigned modes, int* err) {
  int flags = open_flags(modes);
  mode_t mode = 0666;
  if (modes & kModeDirectory) {
    mode = 0777;
    flags |= O_DIRECTORY;
  }
  int fd;
  do {
    fd = ::open(path.c_str(), flags, mode);
  } while (fd == -1 && errno == EINTR);
  if (fd == -1) {
    *err = errno;
    return -1;
  }
  // erl refuses to open directories unless asked to (consistency with other
  // platforms).
  if (!(modes & kModeSkipTypeCheck) && !(modes & kModeDirectory) && fd_is_dir(fd)) {
    ::close(fd);
    *err = EISDIR;
    return -1;
  }
  return fd;
}

unsigned translate_modes(Term list) {
  const Atoms& a = am();
  unsigned modes = 0;
  for (Term t = list; is_list(t); t = cdr(t)) {
    Term h = car(t);
    if (h == a.read) modes |= kModeRead;
    else if (h == a.write) modes |= kModeWrite;
    else if (h == a.exclusive) modes |= kModeExclusive;
    else if (h == a.append) modes |= kModeAppend;
    else if (h == a.sync) modes |= kModeSync;
    else if (h == a.skip_type_check) modes |= kModeSkipTypeCheck;
    else if (h == a.directory) modes |= kModeDirectory;
    // raw, binary, read_ahead, ... are handled above the NIF.
  }
  if (modes & (kModeAppend | kModeExclusive)) {
    modes |= kModeWrite;  // documented as "open for writing"
  } else if (!(modes & (kModeRead | kModeWrite))) {
    modes |= kModeRead;
  }
  return modes;
}

// ---- file info ----------------------------------------------------------------------------------------
constexpr int64_t kMinFileTime = -2145916800LL;  // {{1902,1,1},{0,0,0}}
constexpr int64_t kMaxFileTime = 253402300799LL;  // {{9999,12,31},{23,59,59}}

enum Access : unsigned { kAccessNone = 0, kAccessRead = 1, kAccessWrite = 2 };

Term file_info_tuple(Process* p, const struct stat& st, unsigned access) {
  const Atoms& a = am();
  Term type;
  if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) type = a.device;
  else if (S_ISDIR(st.st_mode)) type = a.directory;
  else if (S_ISREG(st.st_mode)) type = a.regular;
  else if (S_ISLNK(st.st_mode)) type = a.symlink;
  else type = a.other;
  Term acc;
  if ((access & kAccessRead) && !(access & kAccessWrite)) acc = a.read;
  else if ((access & kAccessWrite) && !(access & kAccessRead)) acc = a.write;
  else if (access == (kAccessRead | kAccessWrite)) acc = a.read_write;
  else acc = a.none;
  auto clamp_time = [&](int64_t t) {
    return make_integer(*p, std::min(kMaxFileTime, std::max(kMinFileTime, t)));
  };
  // The NIF's fields are 32-bit (efile_fileinfo_t), except size and times.
  auto u32 = [&](uint64_t v) { return make_integer(*p, uint64_t(uint32_t(v))); };
  return make_tuple(*p, {a.file_info,
                         make_integer(*p, uint64_t(st.st_size)),
                         type,
                         acc,
                         clamp_time(int64_t(st.st_atime)),
                         clamp_time(int64_t(st.st_mtime)),
                         clamp_time(int64_t(st.st_ctime)),
                         u32(st.st_mode),
                         u32(st.st_nlink),
                         u32(st.st_dev),
                         u32(st.st_rdev),
                         u32(st.st_ino),
                         u32(st.st_uid),
                         u32(st.st_gid)});
}

// check_access: the permission bits that apply to the effective user.
unsigned handle_access(const struct stat& st) {
  unsigned r = kAccessNone;
  if (st.st_uid == ::geteuid()) {
    if (st.st_mode & S_IRUSR) r |= kAccessRead;
    if (st.st_mode & S_IWUSR) r |= kAccessWrite;
    return r;
  }
  if (st.st_gid == ::getegid()) {
    if (st.st_mode & S_IRGRP) r |= kAccessRead;
    if (st.st_mode & S_IWGRP) r |= kAccessWrite;
    return r;
  }
  if (st.st_mode & S_IROTH) r |= kAccessRead;
  if (st.st_mode & S_IWOTH) r |= kAccessWrite;
  return r;
}

// ==== prim_file NIFs: operations on a path ===================================================

#define MARSHAL(term, var)                                   \
  std::string var;                                           \
  if (!marshal_path(term, &var)) return error_tuple(p, EINVAL)

Term nif_read_info(Process* p, const Term* args) {
  int follow;
  if (!get_int(args[1], &follow)) return raise_badarg(p);
  MARSHAL(args[0], path);
  struct stat st;
  int rc = follow ? ::stat(path.c_str(), &st) : ::lstat(path.c_str(), &st);
  if (rc < 0) return error_tuple(p, errno);
  unsigned access = kAccessNone;
  if (::access(path.c_str(), R_OK) == 0) access |= kAccessRead;
  if (::access(path.c_str(), W_OK) == 0) access |= kAccessWrite;
  return file_info_tuple(p, st, access);
}

Term nif_set_permissions(Process* p, const Term* args) {
  unsigned perms;
  if (!get_uint(args[1], &perms)) return raise_badarg(p);
  MARSHAL(args[0], path);
  const mode_t kMutable = S_ISUID | S_ISGID | S_IRWXU | S_IRWXG | S_IRWXO;
  mode_t mode = mode_t(perms) & kMutable;
  if (::chmod(path.c_str(), mode) < 0) {
    mode &= ~(S_ISUID | S_ISGID);
    if (::chmod(path.c_str(), mode) < 0) return error_tuple(p, errno);
  }
  return atom::ok;
}

Term nif_set_owner(Process* p, const Term* args) {
  int uid, gid;
  if (!get_int(args[1], &uid) || !get_int(args[2], &gid)) return raise_badarg(p);
  MARSHAL(args[0], path);
  if (::chown(path.c_str(), uid_t(uid), gid_t(gid)) < 0) return error_tuple(p, errno);
  return atom::ok;
}

Term nif_set_time(Process* p, const Term* args) {
  int64_t atime, mtime, ctime;
  if (!get_int64(args[1], &atime) || !get_int64(args[2], &mtime) ||
      !get_int64(args[3], &ctime))
    return raise_badarg(p);
  MARSHAL(args[0], path);
  struct utimbuf tv;
  tv.actime = time_t(atime);
  tv.modtime = time_t(mtime);
  if (::utime(path.c_str(), &tv) < 0) return error_tuple(p, errno);
  return atom::ok;
}

Term nif_read_link(Process* p, const Term* args) {
  MARSHAL(args[0], path);
  std::vector<char> buf(256);
  while (true) {
    ssize_t n = ::readlink(path.c_str(), buf.data(), buf.size());
    if (n <= 0) return error_tuple(p, errno);
    if (size_t(n) < buf.size())
      return make_tuple(*p, {atom::ok, make_binary(*p, buf.data(), size_t(n))});
    buf.resize(buf.size() * 2);
  }
}

Term nif_list_dir(Process* p, const Term* args) {
  MARSHAL(args[0], path);
  DIR* dir = ::opendir(path.c_str());
  if (!dir) return error_tuple(p, errno);
  // Names are prepended as they are read (prim_file reverses the list).
  Term list = NIL;
  while (struct dirent* e = ::readdir(dir)) {
    size_t len = std::strlen(e->d_name);
    if ((len == 1 && e->d_name[0] == '.') ||
        (len == 2 && e->d_name[0] == '.' && e->d_name[1] == '.'))
      continue;
    Term name = make_binary(*p, e->d_name, len);
    Term* cell = p->alloc(2);
    cell[0] = name;
    cell[1] = list;
    list = make_list(cell);
  }
  ::closedir(dir);
  return make_tuple(*p, {atom::ok, list});
}

Term nif_rename(Process* p, const Term* args) {
  MARSHAL(args[0], from);
  MARSHAL(args[1], to);
  if (::rename(from.c_str(), to.c_str()) < 0) {
    if (errno == ENOTEMPTY) return error_tuple(p, EEXIST);
    if (from == "/") return error_tuple(p, EINVAL);
    return error_tuple(p, errno);
  }
  return atom::ok;
}

Term nif_make_hard_link(Process* p, const Term* args) {
  MARSHAL(args[0], existing);
  MARSHAL(args[1], name);
  if (::link(existing.c_str(), name.c_str()) < 0) return error_tuple(p, errno);
  return atom::ok;
}

Term nif_make_soft_link(Process* p, const Term* args) {
  MARSHAL(args[0], existing);
  MARSHAL(args[1], name);
  if (::symlink(existing.c_str(), name.c_str()) < 0) return error_tuple(p, errno);
  return atom::ok;
}

Term nif_make_dir(Process* p, const Term* args) {
  MARSHAL(args[0], path);
  if (::mkdir(path.c_str(), 0777) < 0) return error_tuple(p, errno);
  return atom::ok;
}

Term nif_del_file(Process* p, const Term* args) {
  MARSHAL(args[0], path);
  if (::unlink(path.c_str()) < 0) {
    // Linux says EISDIR where POSIX (and erl) say EPERM.
    return error_tuple(p, errno == EISDIR ? EPERM : errno);
  }
  return atom::ok;
}

Term nif_del_dir(Process* p, const Term* args) {
  MARSHAL(args[0], path);
  if (::rmdir(path.c_str()) < 0) {
    int err = errno;
    if (err == ENOTEMPTY) err = EEXIST;
    if (err == EEXIST) {
      // Deleting the current directory is reported as einval.
      struct stat ps, cs;
      if (::stat(path.c_str(), &ps) == 0 && ::stat(".", &cs) == 0 &&
          ps.st_ino == cs.st_ino && ps.st_dev == cs.st_dev)
        return error_tuple(p, EINVAL);
    }
    return error_tuple(p, err);
  }
  return atom::ok;
}

Term nif_get_device_cwd(Process* p, const Term* args) {
  int index;
  if (!get_int(args[0], &index)) return raise_badarg(p);
  return error_tuple(p, ENOTSUP);  // Windows only
}

Term nif_get_cwd(Process* p, const Term*) {
  std::vector<char> buf(256);
  while (::getcwd(buf.data(), buf.size()) == nullptr) {
    if (errno != ERANGE) return error_tuple(p, errno);
    buf.resize(buf.size() * 2);
  }
  return make_tuple(*p, {atom::ok, make_binary(*p, buf.data(), std::strlen(buf.data()))});
}

Term nif_set_cwd(Process* p, const Term* args) {
  MARSHAL(args[0], path);
  if (::chdir(path.c_str()) < 0) return error_tuple(p, errno);
  return atom::ok;
}

Term nif_altname(Process* p, const Term* args) {
  MARSHAL(args[0], path);
  return error_tuple(p, ENOTSUP);  // Windows only
}

Term nif_read_file(Process* p, const Term* args) {
  MARSHAL(args[0], path);
  int err = 0;
  int fd = open_path(path, kModeRead, &err);
  if (fd < 0) return error_tuple(p, err);
  struct stat st;
  size_t size = 0;
  if (::fstat(fd, &st) == 0 && st.st_size > 0) size = size_t(st.st_size);
  // A known size is read exactly (the file may have shrunk); an unknown one
  // (size 0: /proc files and the like) grows the buffer until end of file.
  ReadBuffer buf;
  size_t capacity = size ? size : (16 << 10);
  size_t got = 0;
  if (!buf.alloc(capacity)) {
    ::close(fd);
    return error_tuple(p, ENOMEM);
  }
  while (true) {
    ssize_t n = read_full(fd, buf.data() + got, capacity - got);
    if (n < 0) {
      int e = errno;
      ::close(fd);
      return error_tuple(p, e);
    }
    got += size_t(n);
    if (got < capacity || (size && got == size)) break;
    size_t bigger = got * 2;
    if (!buf.grow(bigger, got)) {
      ::close(fd);
      return error_tuple(p, ENOMEM);
    }
    capacity = bigger;
  }
  ::close(fd);
  return make_tuple(*p, {atom::ok, buf.take(*p, got)});
}

// ==== prim_file NIFs: operations on a handle ===============================================

// Runs `op(handle)` with the handle locked; badarg if `ref` is not a file
// handle, {error, einval} once it is closed.
template <typename Op>
Term with_file(Process* p, Term ref, Op&& op) {
  if (!is_tagged(ref, kFileTag)) return raise_badarg(p);
  std::shared_ptr<FileHandle> h = find_file(ref);
  if (!h) return error_tuple(p, EINVAL);
  absl::MutexLock lock(&h->mu);
  if (h->fd < 0) return error_tuple(p, EINVAL);  // closed meanwhile
  return op(*h);
}

Term nif_open(Process* p, const Term* args) {
  if (!is_list(args[1]) && !is_nil(args[1])) return raise_badarg(p);
  unsigned modes = translate_modes(args[1]);
  MARSHAL(args[0], path);
  int err = 0;
  int fd = open_path(path, modes, &err);
  if (fd < 0) return error_tuple(p, err);
  return make_tuple(*p, {atom::ok, register_file(p, fd, modes)});
}

Term nif_file_desc_to_ref(Process* p, const Term* args) {
  int fd;
  if (!is_number(args[0]) || !get_int(args[0], &fd)) return raise_badarg(p);
  if (::fcntl(fd, F_GETFL) == -1 && errno == EBADF) return error_tuple(p, EBADF);
  return make_tuple(*p, {atom::ok, register_file(p, fd, kModeFromFd)});
}

// Closes the fd of a handle taken out of the table (waiting for an
// operation in progress on another thread). Returns close(2)'s errno or 0.
int close_handle(FileHandle& h) {
  absl::MutexLock lock(&h.mu);
  if (h.fd < 0) return EINVAL;
  int fd = h.fd;
  h.fd = -1;
  // close(2) must not be retried on EINTR.
  return ::close(fd) < 0 ? errno : 0;
}

Term nif_close(Process* p, const Term* args) {
  if (!is_tagged(args[0], kFileTag)) return raise_badarg(p);
  std::shared_ptr<FileHandle> h = take_file(args[0]);
  if (!h) return error_tuple(p, EINVAL);
  int err = close_handle(*h);
  return err ? error_tuple(p, err) : atom::ok;
}

// Used by erl's janitor process for files whose owner died; here files are
// closed at once when their owner exits, so there is nothing left to do
// unless the file is still open.
Term nif_delayed_close(Process* p, const Term* args) {
  if (!is_tagged(args[0], kFileTag)) return raise_badarg(p);
  if (std::shared_ptr<FileHandle> h = take_file(args[0])) close_handle(*h);
  return atom::ok;
}

// The result of reading n bytes into `buf` (n < 0: failed with errno):
// {ok, Data}, or eof when nothing was read.
Term read_result(Process* p, ReadBuffer& buf, ssize_t n) {
  if (n < 0) return error_tuple(p, errno);
  if (n == 0) return am().eof;
  return make_tuple(*p, {atom::ok, buf.take(*p, size_t(n))});
}

// Two arguments that must be non-negative 64-bit integers (an offset and a
// length): false with *error = badarg unless both are numbers, or
// {error, einval} unless both fit and are >= 0.
bool offset_length_args(Process* p, Term a, Term b, int64_t* x, int64_t* y,
                        Term* error) {
  if (!is_number(a) || !is_number(b)) {
    *error = raise_badarg(p);
    return false;
  }
  if (!get_int64(a, x) || !get_int64(b, y) || *x < 0 || *y < 0) {
    *error = error_tuple(p, EINVAL);
    return false;
  }
  return true;
}

Term nif_read(Process* p, const Term* args) {
  return with_file(p, args[0], [&](FileHandle& h) -> Term {
    if (!is_number(args[1])) return raise_badarg(p);
    int64_t size;
    if (!get_int64(args[1], &size) || size < 0) return error_tuple(p, EINVAL);
    ReadBuffer buf;
    if (!buf.alloc(size_t(size))) return error_tuple(p, ENOMEM);
    return read_result(p, buf, read_full(h.fd, buf.data(), size_t(size)));
  });
}

Term nif_write(Process* p, const Term* args) {
  return with_file(p, args[0], [&](FileHandle& h) -> Term {
    std::string data;
    if (!iovec_bytes(args[1], &data)) return raise_badarg(p);
    if (!write_full(h.fd, reinterpret_cast<const uint8_t*>(data.data()), data.size()))
      return error_tuple(p, errno);
    return atom::ok;
  });
}

Term nif_pread(Process* p, const Term* args) {
  return with_file(p, args[0], [&](FileHandle& h) -> Term {
    int64_t offset, size;
    Term error;
    if (!offset_length_args(p, args[1], args[2], &offset, &size, &error)) return error;
    ReadBuffer buf;
    if (!buf.alloc(size_t(size))) return error_tuple(p, ENOMEM);
    return read_result(p, buf, pread_full(h.fd, buf.data(), size_t(size), off_t(offset)));
  });
}

Term nif_pwrite(Process* p, const Term* args) {
  return with_file(p, args[0], [&](FileHandle& h) -> Term {
    std::string data;
    if (!is_number(args[1]) || !iovec_bytes(args[2], &data)) return raise_badarg(p);
    int64_t offset;
    if (!get_int64(args[1], &offset) || offset < 0) return error_tuple(p, EINVAL);
    if (!pwrite_full(h.fd, reinterpret_cast<const uint8_t*>(data.data()),
                     data.size(), off_t(offset)))
      return error_tuple(p, errno);
    return atom::ok;
  });
}

Term nif_seek(Process* p, const Term* args) {
  return with_file(p, args[0], [&](FileHandle& h) -> Term {
    int64_t offset;
    if (!get_int64(args[2], &offset)) return raise_badarg(p);
    int whence;
    if (args[1] == am().bof) whence = SEEK_SET;
    else if (args[1] == am().cur) whence = SEEK_CUR;
    else if (args[1] == am().eof) whence = SEEK_END;
    else return raise_badarg(p);
    errno = 0;
    off_t pos = ::lseek(h.fd, off_t(offset), whence);
    if (pos < 0) return error_tuple(p, errno ? errno : EINVAL);
    return make_tuple(*p, {atom::ok, make_integer(*p, uint64_t(pos))});
  });
}

Term nif_sync(Process* p, const Term* args) {
  return with_file(p, args[0], [&](FileHandle& h) -> Term {
    int data_only;
    if (!get_int(args[1], &data_only)) return raise_badarg(p);
    int rc = data_only ? ::fdatasync(h.fd) : ::fsync(h.fd);
    if (rc < 0) return error_tuple(p, errno);
    return atom::ok;
  });
}

Term nif_truncate(Process* p, const Term* args) {
  return with_file(p, args[0], [&](FileHandle& h) -> Term {
    off_t pos = ::lseek(h.fd, 0, SEEK_CUR);
    if (pos < 0) return error_tuple(p, errno);
    if (::ftruncate(h.fd, pos) < 0) return error_tuple(p, errno);
    return atom::ok;
  });
}

Term nif_allocate(Process* p, const Term* args) {
  return with_file(p, args[0], [&](FileHandle& h) -> Term {
    int64_t offset, length;
    Term error;
    if (!offset_length_args(p, args[1], args[2], &offset, &length, &error)) return error;
    int rc;
#ifdef __linux__
    do {
      rc = ::fallocate(h.fd, 0, off_t(offset), off_t(length));
    } while (rc < 0 && errno == EINTR);
    if (rc == 0) return atom::ok;
#endif
    // posix_fallocate returns the error number instead of setting errno.
    do {
      rc = ::posix_fallocate(h.fd, off_t(offset), off_t(length));
    } while (rc == EINTR);
    if (rc != 0) return error_tuple(p, rc);
    return atom::ok;
  });
}

Term nif_advise(Process* p, const Term* args) {
  return with_file(p, args[0], [&](FileHandle& h) -> Term {
    int64_t offset, length;
    Term error;
    if (!offset_length_args(p, args[1], args[2], &offset, &length, &error)) return error;
    const Atoms& a = am();
    int advice;
    if (args[3] == a.normal) advice = POSIX_FADV_NORMAL;
    else if (args[3] == a.random) advice = POSIX_FADV_RANDOM;
    else if (args[3] == a.sequential) advice = POSIX_FADV_SEQUENTIAL;
    else if (args[3] == a.will_need) advice = POSIX_FADV_WILLNEED;
    else if (args[3] == a.dont_need) advice = POSIX_FADV_DONTNEED;
    else if (args[3] == a.no_reuse) advice = POSIX_FADV_NOREUSE;
    else return error_tuple(p, EINVAL);
    // erl tests posix_fadvise's result for < 0, but it returns a positive
    // error number: failures are never reported. So is it here.
    (void)::posix_fadvise(h.fd, off_t(offset), off_t(length), advice);
    return atom::ok;
  });
}

Term nif_get_handle(Process* p, const Term* args) {
  return with_file(p, args[0], [&](FileHandle& h) -> Term {
    int fd = h.fd;
    return make_binary(*p, &fd, sizeof fd);  // native byte order, as erl
  });
}

Term nif_read_handle_info(Process* p, const Term* args) {
  return with_file(p, args[0], [&](FileHandle& h) -> Term {
    struct stat st;
    if (::fstat(h.fd, &st) < 0) return error_tuple(p, errno);
    return file_info_tuple(p, st, handle_access(st));
  });
}

// Reads the pointer block <<Size:32, Offset:32>> at `Offset`, then the Size
// bytes it points to: {ok, {Size, Offset, Data | eof}}, or eof when the
// pointer block is incomplete or Size exceeds MaxSize (dets).
Term nif_ipread_s32bu_p32bu(Process* p, const Term* args) {
  return with_file(p, args[0], [&](FileHandle& h) -> Term {
    if (!is_number(args[1]) || !is_number(args[2])) return raise_badarg(p);
    int64_t ptr_offset, max_size;
    if (!get_int64(args[1], &ptr_offset) || !get_int64(args[2], &max_size) ||
        ptr_offset < 0 || max_size >= (int64_t(1) << 31))
      return error_tuple(p, EINVAL);
    uint8_t block[8];
    ssize_t n = pread_full(h.fd, block, sizeof block, off_t(ptr_offset));
    if (n < 0) return error_tuple(p, errno);
    if (size_t(n) < sizeof block) return am().eof;
    uint32_t size = (uint32_t(block[0]) << 24) | (uint32_t(block[1]) << 16) |
                    (uint32_t(block[2]) << 8) | block[3];
    uint32_t offset = (uint32_t(block[4]) << 24) | (uint32_t(block[5]) << 16) |
                      (uint32_t(block[6]) << 8) | block[7];
    if (int64_t(size) > max_size) return am().eof;
    ReadBuffer buf;
    if (!buf.alloc(size)) return error_tuple(p, ENOMEM);
    n = pread_full(h.fd, buf.data(), size, off_t(offset));
    if (n < 0) return error_tuple(p, errno);
    Term data = n == 0 ? am().eof : buf.take(*p, size_t(n));
    Term info = make_tuple(*p, {make_integer(*p, uint64_t(size)),
                                make_integer(*p, uint64_t(offset)), data});
    return make_tuple(*p, {atom::ok, info});
  });
}

// ==== name translation BIFs =================================================================

Term bif_internal_name2native(Process* p, const Term* args) {
  Term t = args[0];
  std::string out;
  if (is_atom(t)) return raise_badarg(p);
  BitView v;
  if (bit_view(t, &v)) {
    // A bitstring counts by its whole bytes (erl: binary_size), taken
    // uninterpreted; a NUL in it is refused.
    if (v.bit_size % 8 != 0 && v.bit_size >= 8) return raise_badarg(p);  // (*)
    ByteSpan bytes(v);
    out.assign(bytes.view());
    if (out.find('\0') != std::string::npos) return raise_badarg(p);
    out.push_back('\0');
    return make_binary(*p, out);
  }
  if (!is_list(t) && !is_nil(t)) return raise_badarg(p);
  if (!charlist_to_native(t, filename_encoding_is_utf8(), &out)) return raise_badarg(p);
  out.push_back('\0');
  return make_binary(*p, out);
}

// (*) erl reads bitstrings of 8 bits or more with a trailing partial byte
// out of bounds (it crashes); we refuse them.

Term bif_internal_native2name(Process* p, const Term* args) {
  std::string bytes;
  if (!binary_bytes(args[0], &bytes)) return raise_badarg(p);
  if (bytes.empty()) return NIL;
  if (!filename_encoding_is_utf8()) return native_to_charlist(p, bytes, false);
  if (!valid_utf8(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), nullptr))
    return make_tuple(*p, {atom::error, am().warning});  // +fnu default: warning
  return native_to_charlist(p, bytes, true);
}

Term bif_is_translatable(Process* p, const Term* args) {
  std::string bytes;
  if (!binary_bytes(args[0], &bytes)) return raise_badarg(p);
  if (bytes.empty() || !filename_encoding_is_utf8()) return atom::true_;
  return make_bool(
      valid_utf8(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), nullptr));
}

Term bif_native_name_encoding(Process*, const Term*) {
  return filename_encoding_is_utf8() ? am().utf8 : am().latin1;
}

// ==== prim_buffer NIFs =======================================================================
// All buffer operations run under the table lock (they only move memory).

// The buffer behind `ref`: *b is null for an empty buffer. False if `ref` is
// not a buffer reference.
bool lookup_buffer(Resources& r, Term ref, Buffer** b) {
  if (!is_tagged(ref, kBufferTag)) return false;
  auto it = r.buffers.find(ref_id(ref));
  *b = it == r.buffers.end() ? nullptr : it->second.get();
  return true;
}

Buffer* materialize_buffer(Resources& r, Process* p, Term ref) {
  auto& slot = r.buffers[ref_id(ref)];
  if (!slot) {
    slot = std::make_unique<Buffer>();
    slot->owner = p->pid();
    r.own(p->pid(), ref_id(ref));
  }
  return slot.get();
}

// Drops the entry of a buffer that became empty and unlocked.
void settle_buffer(Resources& r, Term ref, Buffer* b) {
  if (b && b->size() == 0 && !b->locked) {
    r.disown(b->owner, ref_id(ref));
    r.buffers.erase(ref_id(ref));
  }
}

Term buf_new(Process* p, const Term*) {
  return make_ref(*p, new_id(p) | kBufferTag);
}

Term buf_size(Process* p, const Term* args) {
  Resources& r = resources();
  absl::MutexLock lock(&r.mu);
  Buffer* b;
  if (!lookup_buffer(r, args[0], &b)) return raise_badarg(p);
  return make_integer(*p, uint64_t(b ? b->size() : 0));
}

Term buf_peek_head(Process* p, const Term* args) {
  Resources& r = resources();
  absl::MutexLock lock(&r.mu);
  Buffer* b;
  if (!lookup_buffer(r, args[0], &b) || !b || b->size() == 0) return raise_badarg(p);
  return make_binary(*p, b->data.data() + b->head, b->size());
}

Term buf_copying_read(Process* p, const Term* args) {
  Resources& r = resources();
  absl::MutexLock lock(&r.mu);
  Buffer* b;
  uint64_t n;
  if (!lookup_buffer(r, args[0], &b) || !get_uint64(args[1], &n)) return raise_badarg(p);
  size_t size = b ? b->size() : 0;
  if (size < n) return raise_badarg(p);
  if (n == 0) return make_binary(*p, "", 0);
  Term bin = make_binary(*p, b->data.data() + b->head, size_t(n));
  b->consume(size_t(n));
  settle_buffer(r, args[0], b);
  return bin;
}

Term buf_write(Process* p, const Term* args) {
  std::string data;
  if (!iovec_bytes(args[1], &data)) return raise_badarg(p);
  Resources& r = resources();
  absl::MutexLock lock(&r.mu);
  Buffer* b;
  if (!lookup_buffer(r, args[0], &b)) return raise_badarg(p);
  if (data.empty()) return atom::ok;
  if (!b) b = materialize_buffer(r, p, args[0]);
  b->data.append(data);
  return atom::ok;
}

Term buf_skip(Process* p, const Term* args) {
  Resources& r = resources();
  absl::MutexLock lock(&r.mu);
  Buffer* b;
  uint64_t n;
  if (!lookup_buffer(r, args[0], &b) || !get_uint64(args[1], &n)) return raise_badarg(p);
  size_t size = b ? b->size() : 0;
  if (size < n) return raise_badarg(p);
  if (n > 0) {
    b->consume(size_t(n));
    settle_buffer(r, args[0], b);
  }
  return atom::ok;
}

Term buf_find_byte_index(Process* p, const Term* args) {
  Resources& r = resources();
  absl::MutexLock lock(&r.mu);
  Buffer* b;
  int needle;
  if (!lookup_buffer(r, args[0], &b) || !get_int(args[1], &needle))
    return raise_badarg(p);
  if (needle < 0 || needle > 255) return raise_badarg(p);
  if (!b || b->size() == 0) return am().not_found;
  const char* start = b->data.data() + b->head;
  const void* hit = std::memchr(start, needle, b->size());
  if (!hit) return am().not_found;
  uint64_t index = uint64_t(static_cast<const char*>(hit) - start);
  return make_tuple(*p, {atom::ok, make_integer(*p, index)});
}

Term buf_try_lock(Process* p, const Term* args) {
  Resources& r = resources();
  absl::MutexLock lock(&r.mu);
  Buffer* b;
  if (!lookup_buffer(r, args[0], &b)) return raise_badarg(p);
  if (b && b->locked) return am().busy;
  if (!b) b = materialize_buffer(r, p, args[0]);
  b->locked = true;
  return am().acquired;
}

Term buf_unlock(Process* p, const Term* args) {
  Resources& r = resources();
  absl::MutexLock lock(&r.mu);
  Buffer* b;
  if (!lookup_buffer(r, args[0], &b)) return raise_badarg(p);
  if (!b || !b->locked) return raise_error(p, am().lock_order_violation);
  b->locked = false;
  settle_buffer(r, args[0], b);
  return atom::ok;
}

}  // namespace

void prim_file_close_owned_by(Term pid) {
  std::vector<std::shared_ptr<FileHandle>> files;
  {
    Resources& r = resources();
    absl::MutexLock lock(&r.mu);
    auto it = r.owned.find(pid);
    if (it == r.owned.end()) return;
    for (uint64_t id : it->second) {
      if (auto f = r.files.find(id); f != r.files.end()) {
        files.push_back(std::move(f->second));
        r.files.erase(f);
      } else {
        r.buffers.erase(id);
      }
    }
    r.owned.erase(it);
  }
  // Close outside the table lock; an operation in progress on another thread
  // finishes first (it holds the handle's lock).
  for (auto& h : files) close_handle(*h);
}

size_t prim_file_resource_count() {
  Resources& r = resources();
  absl::ReaderMutexLock lock(&r.mu);
  return r.files.size() + r.buffers.size();
}

void register_prim_file_bifs(BifRegistry& r) {
  // prim_file NIFs
  r.add("prim_file", "open_nif", 2, nif_open);
  r.add("prim_file", "file_desc_to_ref_nif", 1, nif_file_desc_to_ref);
  r.add("prim_file", "close_nif", 1, nif_close);
  r.add("prim_file", "delayed_close_nif", 1, nif_delayed_close);
  r.add("prim_file", "read_nif", 2, nif_read);
  r.add("prim_file", "write_nif", 2, nif_write);
  r.add("prim_file", "pread_nif", 3, nif_pread);
  r.add("prim_file", "pwrite_nif", 3, nif_pwrite);
  r.add("prim_file", "seek_nif", 3, nif_seek);
  r.add("prim_file", "sync_nif", 2, nif_sync);
  r.add("prim_file", "truncate_nif", 1, nif_truncate);
  r.add("prim_file", "allocate_nif", 3, nif_allocate);
  r.add("prim_file", "advise_nif", 4, nif_advise);
  r.add("prim_file", "get_handle_nif", 1, nif_get_handle);
  r.add("prim_file", "read_handle_info_nif", 1, nif_read_handle_info);
  r.add("prim_file", "ipread_s32bu_p32bu_nif", 3, nif_ipread_s32bu_p32bu);
  r.add("prim_file", "read_file_nif", 1, nif_read_file);
  r.add("prim_file", "read_info_nif", 2, nif_read_info);
  r.add("prim_file", "set_permissions_nif", 2, nif_set_permissions);
  r.add("prim_file", "set_owner_nif", 3, nif_set_owner);
  r.add("prim_file", "set_time_nif", 4, nif_set_time);
  r.add("prim_file", "read_link_nif", 1, nif_read_link);
  r.add("prim_file", "list_dir_nif", 1, nif_list_dir);
  r.add("prim_file", "rename_nif", 2, nif_rename);
  r.add("prim_file", "make_hard_link_nif", 2, nif_make_hard_link);
  r.add("prim_file", "make_soft_link_nif", 2, nif_make_soft_link);
  r.add("prim_file", "make_dir_nif", 1, nif_make_dir);
  r.add("prim_file", "del_file_nif", 1, nif_del_file);
  r.add("prim_file", "del_dir_nif", 1, nif_del_dir);
  r.add("prim_file", "get_device_cwd_nif", 1, nif_get_device_cwd);
  r.add("prim_file", "get_cwd_nif", 0, nif_get_cwd);
  r.add("prim_file", "set_cwd_nif", 1, nif_set_cwd);
  r.add("prim_file", "altname_nif", 1, nif_altname);
  // prim_file BIFs (erl_unicode.c) and file:native_name_encoding/0
  r.add("prim_file", "internal_name2native", 1, bif_internal_name2native);
  r.add("prim_file", "internal_native2name", 1, bif_internal_native2name);
  r.add("prim_file", "is_translatable", 1, bif_is_translatable);
  r.add("file", "native_name_encoding", 0, bif_native_name_encoding);
  // prim_buffer NIFs (every prim_file fd has a read-ahead buffer)
  r.add("prim_buffer", "new", 0, buf_new);
  r.add("prim_buffer", "size", 1, buf_size);
  r.add("prim_buffer", "peek_head", 1, buf_peek_head);
  r.add("prim_buffer", "copying_read", 2, buf_copying_read);
  r.add("prim_buffer", "write", 2, buf_write);
  r.add("prim_buffer", "skip", 2, buf_skip);
  r.add("prim_buffer", "find_byte_index", 2, buf_find_byte_index);
  r.add("prim_buffer", "try_lock", 1, buf_try_lock);
  r.add("prim_buffer", "unlock", 1, buf_unlock);
}

}  // namespace beamline

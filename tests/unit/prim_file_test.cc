// prim_file / prim_buffer NIFs and the filename BIFs, called directly.
// Expected values are erl's (OTP 25) for the same calls.
#include "runtime/bifs/prim_file.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <string>

#include "tests/unit/ets_test_support.h"

namespace ets_test {
namespace {

class PrimFileTest : public BifTest {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/beamline_prim_file_test_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override {
    prim_file_close_owned_by(p.pid());
    std::string cmd = "rm -rf '" + dir_ + "'";
    ASSERT_EQ(std::system(cmd.c_str()), 0);
  }

  // A native path (NUL-terminated binary) under the test directory.
  Term path(const std::string& rel) {
    std::string s = rel.empty() ? dir_ : dir_ + "/" + rel;
    s.push_back('\0');
    return make_binary(h, s);
  }
  Term bin(std::string_view s) { return make_binary(h, s); }
  std::string pf(std::string_view f, std::vector<Term> args) {
    return run("prim_file", f, std::move(args));
  }
  std::string pb(std::string_view f, std::vector<Term> args) {
    return run("prim_buffer", f, std::move(args));
  }
  // open_nif -> the handle (fails the test otherwise).
  Term open(const std::string& rel, const char* modes) {
    Term r = call("prim_file", "open_nif", {path(rel), T(modes)});
    EXPECT_TRUE(r != NON_VALUE && is_tuple(r) && tuple_elems(r)[0] == atom::ok)
        << show(r);
    if (r == NON_VALUE || !is_tuple(r) || tuple_arity(r) != 2) return NIL;
    return tuple_elems(r)[1];
  }
  int fd_of(Term handle) {
    Term b = call("prim_file", "get_handle_nif", {handle});
    BitView v;
    EXPECT_TRUE(bit_view(b, &v) && v.byte_size() == sizeof(int));
    int fd;
    std::memcpy(&fd, v.bytes(), sizeof fd);
    return fd;
  }
  void write_file(const std::string& rel, std::string_view data) {
    Term fd = open(rel, "[write]");
    EXPECT_EQ(pf("write_nif", {fd, make_list_from(h, std::vector<Term>{bin(data)}.data(), 1)}),
              "ok");
    EXPECT_EQ(pf("close_nif", {fd}), "ok");
  }
  bool utf8() {
    return call("file", "native_name_encoding", {}) == atom_from("utf8");
  }

  std::string dir_;
};

// ---- filename translation ------------------------------------------------------------------

TEST_F(PrimFileTest, Name2Native) {
  EXPECT_EQ(pf("internal_name2native", {T("\"abc\"")}), "<<97,98,99,0>>");
  EXPECT_EQ(pf("internal_name2native", {T("[]")}), "<<0>>");
  EXPECT_EQ(pf("internal_name2native", {T("[\"ab\",[99,[],\"d\"],[]]")}),
            "<<97,98,99,100,0>>");
  EXPECT_EQ(pf("internal_name2native", {T("<<\"abc\">>")}), "<<97,98,99,0>>");
  EXPECT_EQ(pf("internal_name2native", {T("abc")}), "error:badarg");
  EXPECT_EQ(pf("internal_name2native", {T("42")}), "error:badarg");
  EXPECT_EQ(pf("internal_name2native", {T("[97,<<\"b\">>]")}), "error:badarg");
  EXPECT_EQ(pf("internal_name2native", {T("[97|98]")}), "error:badarg");
  EXPECT_EQ(pf("internal_name2native", {T("[-1]")}), "error:badarg");
  // NUL is refused in lists and binaries (OTP 25).
  EXPECT_EQ(pf("internal_name2native", {T("[97,0]")}), "error:badarg");
  EXPECT_EQ(pf("internal_name2native", {T("[[0]]")}), "error:badarg");
  EXPECT_EQ(pf("internal_name2native", {T("<<97,0>>")}), "error:badarg");
  // A bitstring shorter than a byte counts as empty.
  EXPECT_EQ(pf("internal_name2native", {make_bitstring(h, (const uint8_t*)"\xff", 0, 3)}),
            "<<0>>");
  if (utf8()) {
    EXPECT_EQ(pf("internal_name2native", {T("[97,233]")}), "<<97,195,169,0>>");
    EXPECT_EQ(pf("internal_name2native", {T("[945,128512]")}),
              "<<206,177,240,159,152,128,0>>");
    EXPECT_EQ(pf("internal_name2native", {T("[55296]")}), "error:badarg");
    EXPECT_EQ(pf("internal_name2native", {T("[1114112]")}), "error:badarg");
  } else {
    EXPECT_EQ(pf("internal_name2native", {T("[97,233]")}), "<<97,233,0>>");
    EXPECT_EQ(pf("internal_name2native", {T("[256]")}), "error:badarg");
  }
}

TEST_F(PrimFileTest, Native2NameAndTranslatable) {
  EXPECT_EQ(pf("internal_native2name", {T("<<\"abc\">>")}), "[97,98,99]");
  EXPECT_EQ(pf("internal_native2name", {T("<<>>")}), "[]");
  EXPECT_EQ(pf("internal_native2name", {T("<<97,0,98>>")}), "[97,0,98]");
  EXPECT_EQ(pf("internal_native2name", {T("\"abc\"")}), "error:badarg");
  EXPECT_EQ(pf("internal_native2name", {make_bitstring(h, (const uint8_t*)"\xff", 0, 7)}),
            "error:badarg");
  EXPECT_EQ(pf("is_translatable", {T("<<>>")}), "true");
  EXPECT_EQ(pf("is_translatable", {T("\"abc\"")}), "error:badarg");
  if (utf8()) {
    EXPECT_EQ(pf("internal_native2name", {T("<<97,206,177>>")}), "[97,945]");
    EXPECT_EQ(pf("internal_native2name", {T("<<255,254>>")}), "{error,warning}");
    EXPECT_EQ(pf("internal_native2name", {T("<<192,128>>")}), "{error,warning}");
    EXPECT_EQ(pf("internal_native2name", {T("<<237,160,128>>")}), "{error,warning}");
    EXPECT_EQ(pf("internal_native2name", {T("<<239,191,190>>")}), "[65534]");
    EXPECT_EQ(pf("internal_native2name", {T("<<244,143,191,191>>")}), "[1114111]");
    EXPECT_EQ(pf("internal_native2name", {T("<<244,144,128,128>>")}), "{error,warning}");
    EXPECT_EQ(pf("internal_native2name", {T("<<97,226,130>>")}), "{error,warning}");
    EXPECT_EQ(pf("is_translatable", {T("<<255>>")}), "false");
    EXPECT_EQ(pf("is_translatable", {T("<<206,177>>")}), "true");
  } else {
    EXPECT_EQ(pf("internal_native2name", {T("<<255,254>>")}), "[255,254]");
    EXPECT_EQ(pf("is_translatable", {T("<<255>>")}), "true");
  }
}

// ---- path operations --------------------------------------------------------------------------

TEST_F(PrimFileTest, DirectoriesAndErrors) {
  EXPECT_EQ(pf("make_dir_nif", {path("d")}), "ok");
  EXPECT_EQ(pf("make_dir_nif", {path("d")}), "{error,eexist}");
  EXPECT_EQ(pf("make_dir_nif", {path("x/y")}), "{error,enoent}");
  write_file("d/f", "data");
  EXPECT_EQ(pf("list_dir_nif", {path("d")}), "{ok,[<<102>>]}");
  EXPECT_EQ(pf("list_dir_nif", {path("nope")}), "{error,enoent}");
  EXPECT_EQ(pf("list_dir_nif", {path("d/f")}), "{error,enotdir}");
  EXPECT_EQ(pf("del_dir_nif", {path("d")}), "{error,eexist}");  // ENOTEMPTY
  EXPECT_EQ(pf("del_file_nif", {path("d")}), "{error,eperm}");   // EISDIR
  EXPECT_EQ(pf("del_file_nif", {path("nope")}), "{error,enoent}");
  EXPECT_EQ(pf("make_dir_nif", {path("e")}), "ok");
  write_file("e/g", "");
  EXPECT_EQ(pf("rename_nif", {path("d"), path("e")}), "{error,eexist}");  // ENOTEMPTY
  EXPECT_EQ(pf("rename_nif", {path("d/f"), path("e/g")}), "ok");
  EXPECT_EQ(pf("del_dir_nif", {path("d")}), "ok");
  EXPECT_EQ(pf("del_dir_nif", {path("d")}), "{error,enoent}");
  // Paths must be NUL-terminated binaries: anything else is einval.
  EXPECT_EQ(pf("make_dir_nif", {bin(dir_ + "/z")}), "{error,einval}");
  EXPECT_EQ(pf("make_dir_nif", {T("\"abc\"")}), "{error,einval}");
  EXPECT_EQ(pf("make_dir_nif", {bin(dir_ + "/z\0x\0")}), "{error,einval}");
  EXPECT_EQ(pf("make_dir_nif", {bin(dir_ + std::string("/z\0\0", 4))}), "ok");
  EXPECT_EQ(pf("altname_nif", {path("e")}), "{error,enotsup}");
  EXPECT_EQ(pf("get_device_cwd_nif", {T("3")}), "{error,enotsup}");
  EXPECT_EQ(pf("get_device_cwd_nif", {T("x")}), "error:badarg");
}

TEST_F(PrimFileTest, FileInfoLinksAndTimes) {
  write_file("f", "12345");
  Term info = call("prim_file", "read_info_nif", {path("f"), T("1")});
  ASSERT_TRUE(is_tuple(info));
  ASSERT_EQ(tuple_arity(info), 14u);
  EXPECT_EQ(show(tuple_elems(info)[0]), "file_info");
  EXPECT_EQ(show(tuple_elems(info)[1]), "5");
  EXPECT_EQ(show(tuple_elems(info)[2]), "regular");
  EXPECT_EQ(show(tuple_elems(info)[3]), "read_write");
  EXPECT_TRUE(is_integer(tuple_elems(info)[4]));  // posix seconds
  EXPECT_EQ(pf("read_info_nif", {path("nope"), T("1")}), "{error,enoent}");
  EXPECT_EQ(pf("read_info_nif", {path("f"), T("x")}), "error:badarg");
  EXPECT_EQ(pf("make_soft_link_nif", {bin(std::string("f\0", 2)), path("l")}), "ok");
  EXPECT_EQ(pf("make_soft_link_nif", {bin(std::string("f\0", 2)), path("l")}),
            "{error,eexist}");
  EXPECT_EQ(pf("read_link_nif", {path("l")}), "{ok,<<102>>}");
  EXPECT_EQ(pf("read_link_nif", {path("f")}), "{error,einval}");
  Term linfo = call("prim_file", "read_info_nif", {path("l"), T("0")});
  EXPECT_EQ(show(tuple_elems(linfo)[2]), "symlink");
  EXPECT_EQ(pf("make_hard_link_nif", {path("f"), path("h")}), "ok");
  info = call("prim_file", "read_info_nif", {path("f"), T("1")});
  EXPECT_EQ(show(tuple_elems(info)[8]), "2");  // links
  EXPECT_EQ(pf("set_time_nif", {path("f"), T("1000000000"), T("1000000001"), T("0")}),
            "ok");
  info = call("prim_file", "read_info_nif", {path("f"), T("1")});
  EXPECT_EQ(show(tuple_elems(info)[4]), "1000000000");
  EXPECT_EQ(show(tuple_elems(info)[5]), "1000000001");
  EXPECT_EQ(pf("set_time_nif", {path("f"), T("a"), T("1"), T("0")}), "error:badarg");
  EXPECT_EQ(pf("set_permissions_nif", {path("f"), T("256")}), "ok");  // 8#400
  info = call("prim_file", "read_info_nif", {path("f"), T("1")});
  EXPECT_EQ(show(tuple_elems(info)[7]), std::to_string(0100400));
  EXPECT_EQ(pf("set_permissions_nif", {path("f"), T("-1")}), "error:badarg");
  EXPECT_EQ(pf("set_permissions_nif", {path("nope"), T("420")}), "{error,enoent}");
  EXPECT_EQ(pf("set_owner_nif", {path("f"), T("-1"), T("-1")}), "ok");
  EXPECT_EQ(pf("set_owner_nif", {path("f"), T("a"), T("-1")}), "error:badarg");
}

TEST_F(PrimFileTest, CwdAndReadFile) {
  Term cwd = call("prim_file", "get_cwd_nif", {});
  ASSERT_TRUE(is_tuple(cwd));
  Term old = tuple_elems(cwd)[1];
  BitView v;
  ASSERT_TRUE(bit_view(old, &v));
  std::string old_path(v.as_string_view());
  write_file("r", "hello");
  EXPECT_EQ(pf("set_cwd_nif", {path("")}), "ok");
  EXPECT_EQ(pf("read_file_nif", {bin(std::string("r\0", 2))}),
            "{ok,<<104,101,108,108,111>>}");
  EXPECT_EQ(pf("set_cwd_nif", {path("nope")}), "{error,enoent}");
  EXPECT_EQ(pf("set_cwd_nif", {bin(old_path + '\0')}), "ok");
  EXPECT_EQ(pf("read_file_nif", {path("nope")}), "{error,enoent}");
  EXPECT_EQ(pf("read_file_nif", {path("")}), "{error,eisdir}");
  EXPECT_EQ(pf("read_file_nif", {path("r/x")}), "{error,enotdir}");
  EXPECT_EQ(pf("read_file_nif", {T("foo")}), "{error,einval}");
  // A file larger than a heap binary, and one whose size stat reports as 0.
  std::string big(100000, 'z');
  write_file("big", big);
  Term r = call("prim_file", "read_file_nif", {path("big")});
  ASSERT_TRUE(is_tuple(r));
  ASSERT_TRUE(bit_view(tuple_elems(r)[1], &v));
  EXPECT_EQ(v.as_string_view(), big);
  r = call("prim_file", "read_file_nif", {bin(std::string("/proc/self/status\0", 18))});
  ASSERT_TRUE(is_tuple(r));
  ASSERT_TRUE(bit_view(tuple_elems(r)[1], &v));
  EXPECT_NE(v.as_string_view().find("Name:"), std::string_view::npos);
}

// ---- handles ----------------------------------------------------------------------------------------

TEST_F(PrimFileTest, OpenReadWriteSeek) {
  Term fd = open("f", "[write,binary,raw]");
  ASSERT_TRUE(is_ref(fd));
  EXPECT_EQ(pf("write_nif", {fd, T("[<<\"hello \">>,<<\"world\">>]")}), "ok");
  EXPECT_EQ(pf("write_nif", {fd, T("[]")}), "ok");
  EXPECT_EQ(pf("write_nif", {fd, T("[a]")}), "error:badarg");
  EXPECT_EQ(pf("write_nif", {fd, T("\"abc\"")}), "error:badarg");
  EXPECT_EQ(pf("read_nif", {fd, T("3")}), "{error,ebadf}");
  EXPECT_EQ(pf("seek_nif", {fd, T("cur"), T("0")}), "{ok,11}");
  EXPECT_EQ(pf("seek_nif", {fd, T("bof"), T("-1")}), "{error,einval}");
  EXPECT_EQ(pf("seek_nif", {fd, T("middle"), T("0")}), "error:badarg");
  EXPECT_EQ(pf("seek_nif", {fd, T("bof"), T("x")}), "error:badarg");
  EXPECT_EQ(pf("sync_nif", {fd, T("0")}), "ok");
  EXPECT_EQ(pf("sync_nif", {fd, T("1")}), "ok");
  EXPECT_EQ(pf("sync_nif", {fd, T("x")}), "error:badarg");
  EXPECT_EQ(pf("close_nif", {fd}), "ok");
  EXPECT_EQ(pf("close_nif", {fd}), "{error,einval}");
  EXPECT_EQ(pf("read_nif", {fd, T("1")}), "{error,einval}");
  EXPECT_EQ(pf("delayed_close_nif", {fd}), "ok");

  fd = open("f", "[read]");
  EXPECT_EQ(pf("read_nif", {fd, T("5")}), "{ok,<<104,101,108,108,111>>}");
  EXPECT_EQ(pf("read_nif", {fd, T("100")}), "{ok,<<32,119,111,114,108,100>>}");
  EXPECT_EQ(pf("read_nif", {fd, T("100")}), "eof");
  EXPECT_EQ(pf("read_nif", {fd, T("-1")}), "{error,einval}");
  EXPECT_EQ(pf("read_nif", {fd, T("1.0")}), "{error,einval}");
  EXPECT_EQ(pf("read_nif", {fd, T("x")}), "error:badarg");
  EXPECT_EQ(pf("pread_nif", {fd, T("6"), T("5")}), "{ok,<<119,111,114,108,100>>}");
  EXPECT_EQ(pf("pread_nif", {fd, T("60"), T("5")}), "eof");
  EXPECT_EQ(pf("pread_nif", {fd, T("-1"), T("5")}), "{error,einval}");
  EXPECT_EQ(pf("pread_nif", {fd, T("a"), T("5")}), "error:badarg");
  EXPECT_EQ(pf("write_nif", {fd, T("[<<1>>]")}), "{error,ebadf}");
  Term info = call("prim_file", "read_handle_info_nif", {fd});
  ASSERT_TRUE(is_tuple(info));
  EXPECT_EQ(show(tuple_elems(info)[1]), "11");
  EXPECT_EQ(pf("advise_nif", {fd, T("0"), T("0"), T("sequential")}), "ok");
  EXPECT_EQ(pf("advise_nif", {fd, T("0"), T("0"), T("sideways")}), "{error,einval}");
  EXPECT_EQ(pf("advise_nif", {fd, T("-1"), T("0"), T("normal")}), "{error,einval}");
  EXPECT_EQ(pf("advise_nif", {fd, T("x"), T("0"), T("normal")}), "error:badarg");
  EXPECT_EQ(pf("close_nif", {fd}), "ok");

  fd = open("f", "[read,write]");
  EXPECT_EQ(pf("pwrite_nif", {fd, T("0"), T("[<<\"J\">>]")}), "ok");
  EXPECT_EQ(pf("pwrite_nif", {fd, T("-2"), T("[<<\"J\">>]")}), "{error,einval}");
  EXPECT_EQ(pf("seek_nif", {fd, T("bof"), T("5")}), "{ok,5}");
  EXPECT_EQ(pf("truncate_nif", {fd}), "ok");
  EXPECT_EQ(pf("allocate_nif", {fd, T("0"), T("8")}), "ok");
  EXPECT_EQ(pf("allocate_nif", {fd, T("-1"), T("8")}), "{error,einval}");
  EXPECT_EQ(pf("close_nif", {fd}), "ok");
  EXPECT_EQ(pf("read_file_nif", {path("f")}), "{ok,<<74,101,108,108,111,0,0,0>>}");
}

TEST_F(PrimFileTest, OpenModes) {
  write_file("f", "abc");
  EXPECT_EQ(pf("open_nif", {path("f"), T("[write,exclusive]")}), "{error,eexist}");
  EXPECT_EQ(pf("open_nif", {path("nope"), T("[read]")}), "{error,enoent}");
  EXPECT_EQ(pf("open_nif", {path(""), T("[read]")}), "{error,eisdir}");
  EXPECT_EQ(pf("open_nif", {path(""), T("[write]")}), "{error,eisdir}");
  EXPECT_EQ(pf("open_nif", {path("f"), T("[read,directory]")}), "{error,enotdir}");
  EXPECT_EQ(pf("open_nif", {path("f"), T("read")}), "error:badarg");
  EXPECT_EQ(pf("open_nif", {T("foo"), T("[read]")}), "{error,einval}");
  Term d = open("", "[read,directory]");
  EXPECT_EQ(pf("read_nif", {d, T("1")}), "{error,eisdir}");
  EXPECT_EQ(pf("close_nif", {d}), "ok");
  // append (implies write), default read
  Term a = open("f", "[append]");
  EXPECT_EQ(pf("write_nif", {a, T("[<<\"de\">>]")}), "ok");
  EXPECT_EQ(pf("close_nif", {a}), "ok");
  Term r = open("f", "[]");
  EXPECT_EQ(pf("read_nif", {r, T("10")}), "{ok,<<97,98,99,100,101>>}");
  EXPECT_EQ(pf("close_nif", {r}), "ok");
  // write alone truncates, read+write does not
  Term rw = open("f", "[read,write]");
  EXPECT_EQ(pf("close_nif", {rw}), "ok");
  EXPECT_EQ(pf("read_file_nif", {path("f")}), "{ok,<<97,98,99,100,101>>}");
  Term w = open("f", "[write]");
  EXPECT_EQ(pf("close_nif", {w}), "ok");
  EXPECT_EQ(pf("read_file_nif", {path("f")}), "{ok,<<>>}");
  // exclusive creates
  Term e = open("new", "[exclusive]");
  EXPECT_EQ(pf("write_nif", {e, T("[<<\"n\">>]")}), "ok");
  EXPECT_EQ(pf("close_nif", {e}), "ok");
}

TEST_F(PrimFileTest, NonHandlesAreBadarg) {
  EXPECT_EQ(pf("read_nif", {T("foo"), T("1")}), "error:badarg");
  Term* hp = h.alloc(kRefWords);  // an ordinary reference (make_ref/0)
  hp[0] = make_header(Sub::Ref, kRefWords - 1);
  hp[1] = 12345;
  Term plain_ref = make_boxed(hp);
  EXPECT_EQ(pf("read_nif", {plain_ref, T("1")}), "error:badarg");
  EXPECT_EQ(pf("close_nif", {plain_ref}), "error:badarg");
  Term buf = call("prim_buffer", "new", {});
  EXPECT_EQ(pf("close_nif", {buf}), "error:badarg");
  EXPECT_EQ(pb("size", {plain_ref}), "error:badarg");
  Term fd = open("x", "[write]");
  EXPECT_EQ(pb("size", {fd}), "error:badarg");
  EXPECT_EQ(pf("close_nif", {fd}), "ok");
}

TEST_F(PrimFileTest, IpreadS32buP32bu) {
  // <<5:32, 12:32, 0:32, "hello world">>
  std::string data("\0\0\0\5\0\0\0\14\0\0\0\0hello world", 23);
  write_file("ip", data);
  Term fd = open("ip", "[read]");
  EXPECT_EQ(pf("ipread_s32bu_p32bu_nif", {fd, T("0"), T("100")}),
            "{ok,{5,12,<<104,101,108,108,111>>}}");
  EXPECT_EQ(pf("ipread_s32bu_p32bu_nif", {fd, T("0"), T("4")}), "eof");
  EXPECT_EQ(pf("ipread_s32bu_p32bu_nif", {fd, T("16"), T("100")}), "eof");
  EXPECT_EQ(pf("ipread_s32bu_p32bu_nif", {fd, T("0"), T("2147483648")}), "{error,einval}");
  EXPECT_EQ(pf("ipread_s32bu_p32bu_nif", {fd, T("x"), T("1")}), "error:badarg");
  // pointer past the end of the file: the data is eof
  std::string data2("\0\0\0\5\0\0\1\0", 8);
  write_file("ip2", data2);
  Term fd2 = open("ip2", "[read]");
  EXPECT_EQ(pf("ipread_s32bu_p32bu_nif", {fd2, T("0"), T("100")}), "{ok,{5,256,eof}}");
}

TEST_F(PrimFileTest, OwnerExitClosesFiles) {
  size_t before = prim_file_resource_count();
  Term fd = open("f", "[write]");
  int raw = fd_of(fd);
  EXPECT_NE(::fcntl(raw, F_GETFD), -1);
  Term buf = call("prim_buffer", "new", {});
  EXPECT_EQ(pb("write", {buf, T("[<<\"abc\">>]")}), "ok");
  EXPECT_EQ(prim_file_resource_count(), before + 2);
  // Another process's exit does not touch them.
  prim_file_close_owned_by(make_pid(999));
  EXPECT_EQ(prim_file_resource_count(), before + 2);
  prim_file_close_owned_by(p.pid());
  EXPECT_EQ(prim_file_resource_count(), before);
  errno = 0;
  EXPECT_EQ(::fcntl(raw, F_GETFD), -1);
  EXPECT_EQ(errno, EBADF);
  EXPECT_EQ(pf("read_nif", {fd, T("1")}), "{error,einval}");
  EXPECT_EQ(pf("close_nif", {fd}), "{error,einval}");
  EXPECT_EQ(pb("size", {buf}), "0");  // the buffer's data went with it
  // Closing releases the table entry at once.
  Term fd2 = open("g", "[write]");
  EXPECT_EQ(prim_file_resource_count(), before + 1);
  EXPECT_EQ(pf("close_nif", {fd2}), "ok");
  EXPECT_EQ(prim_file_resource_count(), before);
}

TEST_F(PrimFileTest, FileDescToRef) {
  int raw = ::open("/dev/null", O_RDONLY);
  ASSERT_GE(raw, 0);
  Term r = call("prim_file", "file_desc_to_ref_nif", {make_small(raw)});
  ASSERT_TRUE(is_tuple(r));
  Term fd = tuple_elems(r)[1];
  EXPECT_EQ(pf("read_nif", {fd, T("10")}), "eof");
  EXPECT_EQ(pf("close_nif", {fd}), "ok");
  EXPECT_EQ(pf("file_desc_to_ref_nif", {make_small(raw)}), "{error,ebadf}");
  EXPECT_EQ(pf("file_desc_to_ref_nif", {T("x")}), "error:badarg");
}

// ---- prim_buffer ----------------------------------------------------------------------------------

TEST_F(PrimFileTest, Buffer) {
  size_t before = prim_file_resource_count();
  Term b = call("prim_buffer", "new", {});
  ASSERT_TRUE(is_ref(b));
  EXPECT_EQ(prim_file_resource_count(), before);  // empty buffers cost nothing
  EXPECT_EQ(pb("size", {b}), "0");
  EXPECT_EQ(pb("peek_head", {b}), "error:badarg");
  EXPECT_EQ(pb("copying_read", {b, T("0")}), "<<>>");
  EXPECT_EQ(pb("copying_read", {b, T("1")}), "error:badarg");
  EXPECT_EQ(pb("skip", {b, T("0")}), "ok");
  EXPECT_EQ(pb("find_byte_index", {b, T("10")}), "not_found");
  EXPECT_EQ(pb("write", {b, T("[<<\"ab\",10,\"cd\">>,<<\"ef\">>]")}), "ok");
  EXPECT_EQ(pb("write", {b, T("[a]")}), "error:badarg");
  EXPECT_EQ(pb("size", {b}), "7");
  EXPECT_EQ(pb("find_byte_index", {b, T("10")}), "{ok,2}");
  EXPECT_EQ(pb("find_byte_index", {b, T("256")}), "error:badarg");
  EXPECT_EQ(pb("find_byte_index", {b, T("x")}), "error:badarg");
  EXPECT_EQ(pb("copying_read", {b, T("3")}), "<<97,98,10>>");
  EXPECT_EQ(pb("copying_read", {b, T("-1")}), "error:badarg");
  EXPECT_EQ(pb("peek_head", {b}), "<<99,100,101,102>>");
  EXPECT_EQ(pb("skip", {b, T("5")}), "error:badarg");
  EXPECT_EQ(pb("skip", {b, T("2")}), "ok");
  EXPECT_EQ(pb("find_byte_index", {b, T("10")}), "not_found");
  EXPECT_EQ(pb("copying_read", {b, T("2")}), "<<101,102>>");
  EXPECT_EQ(pb("size", {b}), "0");
  EXPECT_EQ(prim_file_resource_count(), before);
  EXPECT_EQ(pb("unlock", {b}), "error:lock_order_violation");
  EXPECT_EQ(pb("try_lock", {b}), "acquired");
  EXPECT_EQ(pb("try_lock", {b}), "busy");
  EXPECT_EQ(pb("unlock", {b}), "ok");
  EXPECT_EQ(pb("unlock", {b}), "error:lock_order_violation");
  EXPECT_EQ(prim_file_resource_count(), before);
  EXPECT_EQ(pb("size", {T("foo")}), "error:badarg");
  // Large data, consumed in steps.
  std::string big(20000, 'q');
  big[15000] = '!';
  EXPECT_EQ(pb("write", {b, make_list_from(h, std::vector<Term>{bin(big)}.data(), 1)}), "ok");
  EXPECT_EQ(pb("skip", {b, T("10000")}), "ok");
  EXPECT_EQ(pb("find_byte_index", {b, T("33")}), "{ok,5000}");
  EXPECT_EQ(pb("size", {b}), "10000");
}

}  // namespace
}  // namespace ets_test
